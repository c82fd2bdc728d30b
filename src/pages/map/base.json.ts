// `/map/base.json`: the offline base map — rivers, the reservoir, towns and every label with its place.
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getMapData().base), { headers: { "content-type": "application/json" } });

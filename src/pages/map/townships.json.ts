// `/map/townships.json`: township labels at the middle of their sites, fetched when the map zooms in.
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getMapData().townships), { headers: { "content-type": "application/json" } });

// `/map/counties.json`: the county boundaries thinned for drawing (the full ones are in the downloads).
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";

export const GET: APIRoute = () => {
  const { boundaries } = getMapData();
  return new Response(JSON.stringify(boundaries), { headers: { "content-type": "application/json" } });
};

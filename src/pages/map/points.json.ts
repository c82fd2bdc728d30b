// `/map/points.json`: every site once, in columns (see src/lib/map/points.ts). Language-neutral.
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";

export const GET: APIRoute = () => {
  const { points } = getMapData();
  return new Response(JSON.stringify(points), { headers: { "content-type": "application/json" } });
};

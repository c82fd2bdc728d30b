// `/map/counties.json`: the county boundaries thinned for drawing (the full ones are in the downloads).
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () => {
  const { boundaries } = getMapData();
  return new Response(JSON.stringify(boundaries), { headers: { "content-type": "application/json" } });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

// `/map/points.json`: every site once, in columns, coordinates as differences (see src/lib/map/points.ts).
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";
import { toWire } from "../../lib/map/points.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () => {
  const { points } = getMapData();
  return new Response(JSON.stringify(toWire(points)), { headers: { "content-type": "application/json" } });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

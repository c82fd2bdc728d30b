// `/map/townships.json`: township labels at the middle of their sites, fetched when the map zooms in.
import type { APIRoute } from "astro";
import { getMapData } from "../../components/map/map-data.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () =>
  new Response(JSON.stringify(getMapData().townships), { headers: { "content-type": "application/json" } });

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

// `/kiosk/sites.json`: every county, township and site once, for the inquiry terminal's picker
// and search (src/lib/site/kiosk.ts). Language-neutral.
import type { APIRoute } from "astro";
import { buildContext } from "../../data/context.ts";
import { kioskPlaces } from "../../lib/site/kiosk-places.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () => {
  const places = kioskPlaces(buildContext().model.dataset);
  return new Response(JSON.stringify(places), { headers: { "content-type": "application/json" } });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

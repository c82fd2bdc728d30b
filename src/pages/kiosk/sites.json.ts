// `/kiosk/sites.json`: every county, township and site once, for the inquiry terminal's picker
// and search (src/lib/site/kiosk.ts). Language-neutral.
import type { APIRoute } from "astro";
import { buildContext } from "../../data/context.ts";
import { kioskPlaces } from "../../lib/site/kiosk-places.ts";

export const GET: APIRoute = () => {
  const places = kioskPlaces(buildContext().model.dataset);
  return new Response(JSON.stringify(places), { headers: { "content-type": "application/json" } });
};

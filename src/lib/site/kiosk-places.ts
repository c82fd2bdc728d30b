/** The inquiry terminal's list of places, `/kiosk/sites.json`, made from the dataset at build time. */
import type { Dataset } from "../schema/index.ts";
import type { KioskPlaces } from "./kiosk.ts";
import { indexPlaces, placeName } from "./places.ts";

/** The terminal's list of places: counties by code, their townships and sites as the data orders them. */
export function kioskPlaces(dataset: Pick<Dataset, "counties" | "sites">): KioskPlaces {
  const places = indexPlaces(dataset);
  const out: KioskPlaces = { version: 1, counties: [], townships: [], sites: [] };
  for (const county of places.counties) {
    const c = out.counties.push({ code: county.code, name: county.name }) - 1;
    for (const township of county.townships) {
      const name = { zh: placeName(township.name, "zh"), en: placeName(township.name, "en") };
      const w = out.townships.push({ county: c, name }) - 1;
      for (const site of township.sites)
        out.sites.push({ id: site.site_id, zh: site.name_zh, en: site.name_en ?? "", township: w });
    }
  }
  return out;
}

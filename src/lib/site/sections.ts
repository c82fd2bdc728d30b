/**
 * The site's sections: the site map lists them all, in this order; the navigation bar of every
 * page shows those marked `nav`, in the same order.
 */
import type { MessageKey } from "../i18n/index.ts";

/** A section of the site: its name in the dictionaries, its path, and whether the bar shows it. */
export interface Section {
  key: MessageKey;
  path: string;
  nav: boolean;
}

export const SECTIONS: readonly Section[] = [
  { key: "nav.home", path: "/", nav: true },
  { key: "nav.policy", path: "/policy/", nav: true },
  { key: "nav.indicators", path: "/indicators/", nav: true },
  { key: "nav.map", path: "/map/", nav: true },
  { key: "nav.counties", path: "/counties/", nav: true },
  { key: "nav.sites", path: "/sites/", nav: true },
  { key: "nav.data", path: "/data/", nav: true },
  { key: "nav.releases", path: "/releases/", nav: false },
  { key: "nav.verify", path: "/verify/", nav: true },
  { key: "nav.check", path: "/check/", nav: false },
  { key: "nav.quality", path: "/quality/", nav: true },
  { key: "nav.methodology", path: "/methodology/", nav: false },
  { key: "nav.about", path: "/about/", nav: false },
  { key: "nav.search", path: "/search/", nav: true },
];

/** The sections in the navigation bar. */
export const NAV_SECTIONS: readonly Section[] = SECTIONS.filter((section) => section.nav);

/**
 * The map's words: the dictionaries' `map.*` keys (src/lib/i18n), looked up by their short name,
 * and the few the map's client script needs, rendered into the page at build time so the script
 * does not bundle the dictionaries.
 */
import {
  messageTemplates,
  pick,
  sectionWords,
  type Lang,
  type MessageKey,
  type SectionKey,
} from "../i18n/index.ts";
import { STATUS_LABELS, type MapStatus } from "./style.ts";

/** A key of the map's words: a `map.*` key of the dictionaries without its prefix. */
export type MapWord = SectionKey<"map">;

/** The map's word for `key` in a language, with its `{name}` placeholders filled from `fill`. */
export const mapWord = sectionWords("map");

/** The words map-client.ts shows: what it writes into the list, popups, count and messages. */
const CLIENT_KEYS = [
  "map.loading",
  "map.loadFailed",
  "map.zoomIn",
  "map.zoomOut",
  "map.persons",
  "map.figure",
  "map.openSite",
  "map.openCounty",
  "map.labelled",
  "map.noValue",
  "map.showOnMap",
  "map.listHeading",
  "map.listCaption",
  "map.countiesHeading",
  "map.captionOf",
  "map.site",
  "map.county",
  "map.size",
  "map.placement",
  "map.status",
  "map.value",
  "map.sitesInCounty",
  "map.sitesCount",
  "map.sitesShown",
  "map.countiesCount",
  "map.listSeparator",
  "map.legend",
  "map.play",
  "map.pause",
  "map.downloadList",
] as const satisfies readonly MessageKey[];

/** A word of the map's client script, by its short name (`loading` for `map.loading`). */
export type MapClientWord = SectionKey<"map", (typeof CLIENT_KEYS)[number]>;

/** The words of the map's client script in one language, as the page hands them over (JSON). */
export interface MapClientWords {
  /** Texts with their `{name}` placeholders still in them; the script fills them. */
  words: Record<`map.${MapClientWord}`, string>;
  statuses: Record<MapStatus, string>;
}

/** The client script's words in a language, for the page to render into its markup. */
export function mapClientWords(lang: Lang): MapClientWords {
  const statuses = Object.fromEntries(
    Object.entries(STATUS_LABELS).map(([status, label]) => [status, pick(label, lang)]),
  );
  return { words: messageTemplates(lang, CLIENT_KEYS), statuses: statuses as Record<MapStatus, string> };
}

/**
 * The map's words: the dictionaries' `map.*` keys (src/lib/i18n), looked up by their short name,
 * and the few the map's client script needs, rendered into the page at build time so the script
 * does not bundle the dictionaries.
 */
import { messageTemplate, t, type Lang, type MessageKey } from "../i18n/index.ts";
import type { Params } from "../i18n/placeholders.ts";
import { STATUS_LABELS, type MapStatus } from "./style.ts";

type MapKey<K> = K extends `map.${infer Word}` ? Word : never;

/** A key of the map's words: a `map.*` key of the dictionaries without its prefix. */
export type MapWord = MapKey<MessageKey>;

/** The map's word for `key` in a language, with its `{name}` placeholders filled from `fill`. */
export function mapWord(lang: Lang, key: MapWord, fill?: Params): string {
  return t(lang, `map.${key}`, fill);
}

/** The words map-client.ts shows: what it writes into the list, popups, count and messages. */
const CLIENT_WORDS = [
  "loading",
  "loadFailed",
  "zoomIn",
  "zoomOut",
  "persons",
  "figure",
  "openSite",
  "openCounty",
  "labelled",
  "noValue",
  "showOnMap",
  "listHeading",
  "listCaption",
  "countiesHeading",
  "captionOf",
  "site",
  "county",
  "size",
  "placement",
  "status",
  "value",
  "sitesInCounty",
  "sitesCount",
  "sitesShown",
  "countiesCount",
  "listSeparator",
  "legend",
] as const satisfies readonly MapWord[];

/** A word of the map's client script. */
export type MapClientWord = (typeof CLIENT_WORDS)[number];

/** The words of the map's client script in one language, as the page hands them over (JSON). */
export interface MapClientWords {
  /** Texts with their `{name}` placeholders still in them; the script fills them. */
  words: Record<MapClientWord, string>;
  statuses: Record<MapStatus, string>;
}

/** The client script's words in a language, for the page to render into its markup. */
export function mapClientWords(lang: Lang): MapClientWords {
  const words = Object.fromEntries(CLIENT_WORDS.map((key) => [key, messageTemplate(lang, `map.${key}`)]));
  const statuses = Object.fromEntries(
    Object.entries(STATUS_LABELS).map(([status, label]) => [status, label[lang]]),
  );
  return {
    words: words as Record<MapClientWord, string>,
    statuses: statuses as Record<MapStatus, string>,
  };
}

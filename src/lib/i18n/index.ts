/**
 * Languages of the site: Chinese at `/`, English at `/en/`. Every page exists in both; this module
 * holds the site's words (one dictionary per language, looked up with `t`), builds the paths and
 * formats numbers and dates per language. It is the one place that chooses by language.
 */
import type { Bilingual } from "../schema/field.ts";
import { en } from "./en.ts";
import { fillPlaceholders, type Params } from "./placeholders.ts";
import { zh } from "./zh.ts";

export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

/** The `lang` attribute of a page; Pagefind segments Chinese words only under `zh-CN`. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The `og:locale` of a page (Open Graph writes locales with an underscore). */
export const OG_LOCALE: Record<Lang, string> = { zh: "zh_CN", en: "en_GB" };

/** The locale Intl formats numbers and dates in for a language (English as written in Britain). */
export const INTL_LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** A text in both languages: the contract's one definition (the schema's fields carry these). */
export type { Bilingual };

/** Chinese is the root language: its pages sit at `/`, English ones under `/en/`. */
export const ROOT_LANG: Lang = "zh";

/**
 * What goes between two full sentences written one after the other: a space in English, nothing
 * in Chinese, whose full stop (。) is already a full-width character.
 */
export const SENTENCE_SPACE: Record<Lang, string> = { zh: "", en: " " };

/** The other language of the site, the one the language switch links to. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

/** A name in a language: the English one when the data gives it, else the Chinese one. */
export function nameIn(lang: Lang, zh: string, en: string | null | undefined): string {
  return lang === "en" && en ? en : zh;
}

/** Picks the text for a language. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A key of the site's dictionaries; zh.ts defines them and en.ts must give each one. */
export type MessageKey = keyof typeof zh;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Whether `key` is a key of the dictionaries (for words looked up by a name from the data). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/**
 * The site's word for `key` in a language, with each `{name}` replaced by `params.name`. Numbers
 * are not formatted here: callers pass the formatted text. A placeholder without its parameter
 * throws, since it is a bug in the caller (the dictionary test checks both languages name the
 * same placeholders).
 */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fillPlaceholders(DICTIONARIES[lang][key], params, `"${key}" (${lang})`);
}

/** The word for `key` in both languages (for values that carry their text in both, as schema labels do). */
export function bothLanguages(key: MessageKey): Bilingual {
  return { zh: t("zh", key), en: t("en", key) };
}

/** The keys of one section of the dictionaries without its prefix: `SectionKey<"map">` is "title" | "lede" | …. */
export type SectionKey<
  Section extends string,
  Key extends string = MessageKey,
> = Key extends `${Section}.${infer Name}` ? Name : never;

/** `t` for one section's words by their short name: `sectionWords("map")(lang, "title")` is `t(lang, "map.title")`. */
export function sectionWords<Section extends string>(
  section: Section,
): (lang: Lang, key: SectionKey<Section>, params?: Params) => string {
  return (lang, key, params) => t(lang, `${section}.${key}` as MessageKey, params);
}

/**
 * A section of the dictionaries as a page and its client script use it: `word` looks up any of
 * its words by short name at build time; `clientWords` gives the few the script writes, for the
 * page to render into its `data-words` (the script then bundles no dictionary).
 */
export function sectionWithClient<Section extends string, K extends MessageKey>(
  section: Section,
  clientKeys: readonly K[],
): {
  word: (lang: Lang, key: SectionKey<Section>, params?: Params) => string;
  clientWords: (lang: Lang) => Record<K, string>;
} {
  return { word: sectionWords(section), clientWords: (lang) => messageTemplates(lang, clientKeys) };
}

/**
 * The site's words for `keys` in a language with their `{name}` placeholders left in: for a page
 * to hand to its client script (as JSON), which fills them with `fillPlaceholders` and so carries
 * no dictionary.
 */
export function messageTemplates<K extends MessageKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, DICTIONARIES[lang][key]])) as Record<K, string>;
}

/**
 * The path of a page in a language: `href("en", "/sites/420323-0001/")` → `/en/sites/420323-0001/`.
 * Paths always end in a slash (the site is built as directories).
 */
export function href(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  // The slash goes at the end of the path, before any ?query or #fragment; files keep their name.
  const split = clean.search(/[?#]/);
  const [pathname, rest] = split === -1 ? [clean, ""] : [clean.slice(0, split), clean.slice(split)];
  const withSlash = pathname.endsWith("/") || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;
  return `${lang === "zh" ? "" : "/en"}${withSlash}${rest}`;
}

/** The language-neutral path of a page (`/en/map/` → `/map/`). */
export function neutralPath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/|$)/, "") || "/";
}

/** The route parameter for a language in `[...lang]` pages: undefined for Chinese at the root. */
export function langParam(lang: Lang): string | undefined {
  return lang === "zh" ? undefined : "en";
}

/** The language of a `[...lang]` route parameter. */
export function langOf(param: string | undefined): Lang {
  return param === "en" ? "en" : "zh";
}

// Formatters are made once: building an Intl formatter costs far more than using one, and a
// build formats millions of numbers.
const COUNT = {
  zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};
const SHARE_OPTIONS = { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const SHARE = {
  zh: new Intl.NumberFormat("zh-CN", SHARE_OPTIONS),
  en: new Intl.NumberFormat("en-GB", SHARE_OPTIONS),
};
const WAN = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });
const MILLION = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const ENGLISH_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * Shares as Intl writes them, remembered by tenth of a percent. A national build formats tens of
 * millions of shares (about 400 a site page) and Intl's format was a large part of the render
 * stage, while the distinct texts are a few thousand. A share within a hair of a rounding
 * boundary (…x.x5%), negative (-0 too) or not finite goes to Intl itself, so every text is exactly Intl's:
 * elsewhere every value that rounds to the same tenth has the same text.
 */
function shareTexts(format: Intl.NumberFormat): (value: number) => string {
  const texts = new Map<number, string>();
  return (value) => {
    const tenths = value * 1000;
    const nearest = Math.round(tenths);
    const signed = value < 0 || Object.is(value, -0);
    if (signed || !Number.isFinite(tenths) || Math.abs(Math.abs(tenths - nearest) - 0.5) < 1e-6) {
      return format.format(value);
    }
    let text = texts.get(nearest);
    if (text === undefined) {
      if (texts.size >= 65_536) texts.clear();
      texts.set(nearest, (text = format.format(value)));
    }
    return text;
  };
}

const SHARE_TEXT = { zh: shareTexts(SHARE.zh), en: shareTexts(SHARE.en) };

/** A whole number with the language's grouping: 12,345 in both (Chinese official style uses commas too). */
export function formatCount(value: number, lang: Lang): string {
  // Whole numbers are grouped here: the same text as Intl (a test compares them over random
  // integers), without Intl's cost on the millions of counts a national build writes.
  if (Number.isSafeInteger(value)) return groupThousands(value);
  return COUNT[lang].format(value);
}

function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}

/** A share as a percentage with one decimal: 0.8456 → "84.6%"; null → the language's "no data". */
export function formatShare(value: number | null, lang: Lang): string {
  // Written here, not looked up: client scripts format shares and must not carry the dictionaries.
  if (value === null) return lang === "zh" ? "无数据" : "no data";
  return SHARE_TEXT[lang](value);
}

/** An amount of money in yuan, in 万元 for Chinese and millions for English. */
export function formatYuan(value: number, lang: Lang): string {
  return lang === "zh"
    ? `${WAN.format(value / 10_000)} 万元`
    : `¥${MILLION.format(value / 1_000_000)} million`;
}

/** A date `YYYY-MM-DD` as the language writes it: 2019年9月16日 / 16 September 2019. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (lang === "zh") return `${year}年${month}月${day}日`;
  return ENGLISH_DATE.format(Date.UTC(year, month - 1, day));
}

/** A period as the language says it: 2021Q2 → 2021年第2季度 / Q2 2021; a year stays a year. */
export function formatPeriod(period: string, lang: Lang): string {
  const quarter = /^(\d{4})Q([1-4])$/.exec(period);
  if (!quarter) return lang === "zh" && /^\d{4}$/.test(period) ? `${period}年` : period;
  return lang === "zh" ? `${quarter[1]}年第${quarter[2]}季度` : `Q${quarter[2]} ${quarter[1]}`;
}

/**
 * Where a figure's receipt lives: one page a language, `/receipt/`, addressed by a query string
 * that names the figure. The address is stable, so a receipt can be cited in a report.
 */
import { LEVELS, type Level } from "../indicators/types.ts";
import { href, type Lang } from "../i18n/index.ts";

/** The figure a receipt is about. */
export interface ReceiptAddress {
  indicator: string;
  level: Level;
  code: string;
  period: string;
}

/** The link to a figure's receipt: `/receipt/?indicator=…&level=…&code=…&period=…` (Chinese) or under `/en/`. */
export function receiptHref(lang: Lang, figure: ReceiptAddress): string {
  const query = new URLSearchParams({
    indicator: figure.indicator,
    level: figure.level,
    code: figure.code,
    period: figure.period,
  });
  return `${href(lang, "/receipt/")}?${query.toString()}`;
}

// Ids, codes and periods are short and plain; anything else is not an address this site makes.
const PLAIN = /^[\w.-]{1,40}$/;

/**
 * Reads a receipt address from a query string (`?indicator=…`); null when a part is missing, the
 * level is not one of city, county, township, site, or a part holds anything but letters, digits, `.`, `_` or `-`.
 */
export function parseReceiptAddress(search: string): ReceiptAddress | null {
  const query = new URLSearchParams(search);
  const indicator = query.get("indicator");
  const level = query.get("level");
  const code = query.get("code");
  const period = query.get("period");
  if (indicator === null || level === null || code === null || period === null) return null;
  if (!(LEVELS as readonly string[]).includes(level)) return null;
  if (![indicator, code, period].every((part) => PLAIN.test(part))) return null;
  return { indicator, level: level as Level, code, period };
}

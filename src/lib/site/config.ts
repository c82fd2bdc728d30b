/**
 * The publisher's configuration (`config/site.json`): who publishes the site, the footer details
 * Chinese government websites carry, the site's address, and the output guards' lists. Every
 * footer item is optional and left out when not configured; nothing is ever invented. Every
 * value is checked, unknown fields included, and each problem says what to write instead.
 */
import { z } from "zod";

/** Why a one-line text cannot be shown as it is, or null when it can. */
function lineProblem(value: string, max: number): string | null {
  if (value.trim() === "") return "is empty: write the text (an optional field can be left out)";
  if (value !== value.trim()) return "has spaces at its start or end: remove them";
  // Line breaks and other controls cannot be shown in a title or footer, and XML forbids most of them.
  const control = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return `holds a control character or line break (U+${code}): write it on one line without it`;
  }
  if (value.length > max) return `is ${value.length} characters long: shorten it to at most ${max}`;
  return null;
}

/** One line of text, checked by `lineProblem` and then by `problem`. */
function line(what: string, problem: (value: string) => string | null = () => null, max = 200) {
  return z.string({ error: `expected ${what} as text in quotes` }).superRefine((value, ctx) => {
    const reason = lineProblem(value, max) ?? problem(value);
    if (reason !== null) ctx.addIssue({ code: "custom", message: reason });
  });
}

/** A text in both languages. */
function bilingual(what: string) {
  return z.strictObject(
    { zh: line(`${what} in Chinese`), en: line(`${what} in English`) },
    { error: `expected ${what} in both languages: {"zh": "…", "en": "…"}` },
  );
}

/**
 * Why `value` cannot be the site's public address, or null. It must be an absolute http(s) URL
 * written the way browsers write it (lower-case host, nothing to normalise) and end with "/".
 */
export function siteUrlProblem(value: string): string | null {
  const example = 'such as "https://data.example.gov.cn/"';
  if (!URL.canParse(value)) return `expected an absolute URL starting with https:// (or http://), ${example}`;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `uses the ${url.protocol} scheme: the site's address must start with https:// (or http://), ${example}`;
  }
  if (url.username !== "" || url.password !== "") return "carries a user name or password: remove them";
  if (url.search !== "" || url.hash !== "") return "carries a query (?…) or fragment (#…): remove it";
  const written = url.pathname.endsWith("/") ? url.href : `${url.origin}${url.pathname}/`;
  if (!value.endsWith("/")) return `must end with "/": write "${written}"`;
  if (url.href !== value) return `is not written as browsers write it: write "${written}"`;
  return null;
}

/** Why `value` cannot be a map tile URL template, or null. */
function tileUrlProblem(value: string): string | null {
  const example = 'such as "https://tiles.example.gov.cn/{z}/{x}/{y}.png"';
  const missing = ["{z}", "{x}", "{y}"].filter((part) => !value.includes(part));
  if (missing.length > 0) return `has no ${missing.join(", ")}: expected a tile URL template, ${example}`;
  const filled = value.replace(/\{[a-z]+\}/g, "0");
  if (!URL.canParse(filled) || !["https:", "http:"].includes(new URL(filled).protocol)) {
    return `expected an absolute https:// (or http://) tile URL template, ${example}`;
  }
  return null;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?$/;

/** Why `value` cannot be an allowed link host, or null. */
function hostProblem(value: string): string | null {
  if (HOST.test(value)) return null;
  if (URL.canParse(value)) return `is a URL, not a host name: write "${new URL(value).host}"`;
  if (HOST.test(value.toLowerCase())) return `write host names in lower case: "${value.toLowerCase()}"`;
  return 'expected a host name such as "www.shiyan.gov.cn" (no https://, no path)';
}

/** A pattern a filing number must match, and what it looks like. */
function filing(pattern: RegExp, example: string) {
  return (value: string) => (pattern.test(value) ? null : `expected a number written like "${example}"`);
}

export const SiteConfigSchema = z.strictObject(
  {
    /** The public address the site is served from, used for canonical links, sitemap and feeds. */
    siteUrl: line("the site's public address", siteUrlProblem, 2000),
    /** The site's name in both languages. */
    title: bilingual("the site's name"),
    publisher: z
      .strictObject(
        {
          /** 主办单位: the body that runs the site. */
          organizer: bilingual("the body that runs the site (主办单位)").optional(),
          /** 承办单位: the office that operates it, when different. */
          operator: bilingual("the office that operates the site (承办单位)").optional(),
          address: bilingual("the publisher's address").optional(),
          /** A public contact (an office e-mail or switchboard), never a person's own number. */
          contact: line("a public contact (an office e-mail or switchboard)").optional(),
          /** ICP 备案号, e.g. 鄂ICP备12345678号. */
          icp: line(
            "the ICP filing number",
            filing(/^\p{Script=Han}ICP备\d+号(?:-\d+)?$/u, "鄂ICP备12345678号"),
          ).optional(),
          /** 公安机关备案号, e.g. 鄂公网安备 42030202000000号. */
          psb: line(
            "the public-security filing number",
            filing(/^\p{Script=Han}公网安备 ?\d{14}号$/u, "鄂公网安备 42030202000000号"),
          ).optional(),
          /** 政府网站标识码 (10 characters). */
          governmentSiteCode: line(
            "the government website code (政府网站标识码)",
            filing(/^[0-9A-Za-z]{10}$/, "4203000001"),
          ).optional(),
        },
        { error: "expected the publisher's details as an object: {} when none are configured yet" },
      )
      .default({}),
    /** An optional tile layer for the map; the map works without one (the boundaries are the base map). */
    tiles: z
      .strictObject(
        {
          url: line("the tile URL template", tileUrlProblem, 2000),
          attribution: bilingual("the tiles' attribution"),
          maxZoom: z
            .int({ error: "expected a whole number from 1 to 22" })
            .min(1, "expected a whole number from 1 to 22")
            .max(22, "expected a whole number from 1 to 22")
            .default(18),
          /** True when the tiles are drawn in GCJ-02 (AMap, Tencent): the map shifts its data to match. */
          gcj02: z
            .boolean({ error: "expected true (GCJ-02 tiles) or false (WGS-84 or CGCS2000)" })
            .default(false),
        },
        { error: 'expected null (no tiles) or {"url", "attribution", "maxZoom", "gcj02"}' },
      )
      .nullable()
      .default(null),
    guards: z
      .strictObject(
        {
          /** Hosts that links in the output may point to, besides the site itself. */
          allowedHosts: z
            .array(line("a host name", hostProblem), {
              error: 'expected a list of host names: ["www.shiyan.gov.cn"]',
            })
            .default([]),
          /** Extra phrases the output must never contain (added to the built-in spam list). */
          deniedPhrases: z
            .array(line("a phrase"), { error: 'expected a list of phrases: ["代开发票"]' })
            .default([]),
        },
        { error: 'expected {"allowedHosts": […], "deniedPhrases": […]}' },
      )
      .default({ allowedHosts: [], deniedPhrases: [] }),
  },
  { error: "expected the configuration as one JSON object" },
);

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/**
 * Where a tile URL template loads from, as the CSP's `img-src` and the output checks name it:
 * `https://tiles.example.gov.cn`, or `https://*.tile.example.org` for a `{s}` subdomain.
 */
export function tileSource(url: string): { source: string; host: string } {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(url);
  if (!match) throw new Error(`${url}: not a tile URL template`);
  const host = match[2]!.toLowerCase().replace("{s}", "*");
  return { source: `${match[1]!.toLowerCase()}://${host}`, host };
}

/**
 * The pages' Content-Security-Policy, in the `<meta>` element every page carries first
 * (src/layouts/Base.astro). Scripts and styles come only from the site's own files: no page has an
 * inline script or style (its JSON-LD blocks are data, which CSP does not govern), so the policy
 * needs no hashes, and is the same on every page. Astro's own CSP option hashed each page's
 * script and style elements — empty bodies of external files — which cost 0.08 ms and 500 bytes
 * a page, 12 s of CPU and 70 MB of HTML at national scale, for a policy no stricter than this.
 */
export function contentSecurityPolicy(config: Pick<SiteConfig, "tiles">): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // A configured tile server is the one other place images may come from.
    `img-src 'self' data:${config.tiles ? ` ${tileSource(config.tiles.url).source}` : ""}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "worker-src 'self' blob:",
  ].join("; ");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Parses the text of a configuration file. Each problem is one line for the publisher:
 * `FILE: FIELD: what was expected and what to write; found VALUE`.
 */
export function parseSiteConfig(
  text: string,
  file: string,
): { ok: true; config: SiteConfig } | { ok: false; problems: string[] } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`${file}: is not valid JSON (${(error as Error).message}). Check the commas and quotes.`],
    };
  }
  const parsed = SiteConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => {
    const field = issue.path
      .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
      .join("")
      .slice(1);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map(
        (key) =>
          `${file}: ${field ? `${field}.` : ""}${key}: Anju has no such field: remove it or correct its spelling (names are case-sensitive).`,
      );
    }
    const value = valueAt(input, issue.path);
    const where = field || "(the whole file)";
    return value === undefined
      ? [`${file}: ${where}: missing: ${issue.message}.`]
      : [`${file}: ${where}: ${issue.message}; found ${preview(value)}.`];
  });
  return { ok: false, problems };
}

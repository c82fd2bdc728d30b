/** `sitemap.xml` (sitemaps.org 0.9) with hreflang alternates for the Chinese and English page of each path. */
import { escapeMarkup } from "../markup.ts";

/**
 * The route of a page file under `src/pages/[...lang]/` and its parameters → its neutral path:
 * `sites/[id].astro` with `{id: "420323-0001"}` → `/sites/420323-0001/`; null when a parameter is missing.
 */
export function routePath(file: string, params: Readonly<Record<string, string | undefined>>): string | null {
  const segments = file
    .replace(/\.astro$/, "")
    .split("/")
    .filter((s) => s !== "" && s !== "index");
  const parts: string[] = [];
  for (const segment of segments) {
    const param = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(segment);
    if (!param) {
      parts.push(segment);
      continue;
    }
    const value = params[param[1]!];
    if (value === undefined) return null;
    for (const part of value.split("/")) if (part !== "") parts.push(part);
  }
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}

/** The sitemap for neutral paths, each listed in Chinese (`/…`) and English (`/en/…`) with both as alternates. */
export function sitemapXml(siteUrl: string, paths: Iterable<string>): string {
  const base = siteUrl.replace(/\/$/, "");
  const unique = [...new Set(paths)].sort();
  const urls = unique.flatMap((path) => {
    const zh = `${base}${path}`;
    const en = `${base}/en${path}`;
    const alternates = [
      `    <xhtml:link rel="alternate" hreflang="zh-CN" href="${escapeMarkup(zh)}"/>`,
      `    <xhtml:link rel="alternate" hreflang="en" href="${escapeMarkup(en)}"/>`,
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(zh)}"/>`,
    ].join("\n");
    return [zh, en].map((loc) => `  <url>\n    <loc>${escapeMarkup(loc)}</loc>\n${alternates}\n  </url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

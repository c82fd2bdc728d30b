// robots.txt: everything may be crawled; the sitemap lists every page.
import type { APIRoute } from "astro";
import { buildContext } from "../data/context.ts";

export const GET: APIRoute = () => {
  const { config } = buildContext();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${config.siteUrl}sitemap.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};

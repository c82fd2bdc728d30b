// robots.txt: everything may be crawled; the sitemap lists every page.
import type { APIRoute } from "astro";
import { getModel } from "../data/model.ts";

export const GET: APIRoute = async () => {
  const { config } = await getModel();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${config.siteUrl}sitemap.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};

// robots.txt: everything may be crawled; the sitemap lists every page.
import type { APIRoute } from "astro";
import { buildContext } from "../data/context.ts";
import { firstShardOnly } from "../data/paths.ts";

const render: APIRoute = () => {
  const { config } = buildContext();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${config.siteUrl}sitemap.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

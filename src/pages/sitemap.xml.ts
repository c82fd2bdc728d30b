/// <reference types="vite/client" />
// sitemap.xml: every page the site builds, in both languages with hreflang alternates. The pages
// are found from the page files themselves (their getStaticPaths), so a new page is never missed.
import type { APIRoute } from "astro";
import { buildContext } from "../data/context.ts";
import { routePath, sitemapXml } from "../lib/releases/sitemap.ts";
import { firstShardOnly, withEveryShard } from "../data/paths.ts";

interface PageModule {
  getStaticPaths?: (options: {
    paginate: () => never[];
  }) =>
    | Promise<{ params: Record<string, string | undefined> }[]>
    | { params: Record<string, string | undefined> }[];
}

const PAGES = import.meta.glob<PageModule>("./**/*.astro");
const PREFIX = "./[...lang]/";

const render: APIRoute = async () => {
  const { model } = buildContext();
  const paths: string[] = [];
  for (const [file, load] of Object.entries(PAGES)) {
    if (!file.startsWith(PREFIX)) continue;
    const route = file.slice(PREFIX.length);
    const page = await load();
    // Every page, also those another render shard makes.
    const entries = page.getStaticPaths
      ? await withEveryShard(async () => page.getStaticPaths!({ paginate: () => [] }))
      : [{ params: {} }];
    for (const { params } of entries) {
      // Each page lists both languages; the Chinese entry stands for the pair.
      if (params.lang !== undefined) continue;
      const path = routePath(route, params);
      if (path !== null) paths.push(path);
    }
  }
  return new Response(sitemapXml(model.config.siteUrl, paths), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

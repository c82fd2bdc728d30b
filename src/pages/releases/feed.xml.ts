// The Atom feed of releases, newest first.
import type { APIRoute } from "astro";
import { buildContext } from "../../data/context.ts";
import { releasesFeed } from "../../lib/releases/feed.ts";
import { changeSummary } from "../../lib/releases/views.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () => {
  const { model, downloads } = buildContext();
  const xml = releasesFeed({
    siteUrl: model.config.siteUrl,
    title: `${model.config.title.zh} · ${model.config.title.en}`,
    releases: downloads.releases.map((r) => ({
      id: r.manifest.id,
      version: r.manifest.version,
      created: r.manifest.created,
      summary: `${changeSummary(r.changes, "zh")} / ${changeSummary(r.changes, "en")}`,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

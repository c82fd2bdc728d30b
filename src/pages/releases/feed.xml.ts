// The Atom feed of releases, newest first.
import type { APIRoute } from "astro";
import { buildContext } from "../../data/context.ts";
import { releasesFeed } from "../../lib/releases/feed.ts";
import { changeSummary } from "../../lib/releases/views.ts";

export const GET: APIRoute = () => {
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

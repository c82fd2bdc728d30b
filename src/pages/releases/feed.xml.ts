// The Atom feed of releases, newest first.
import type { APIRoute } from "astro";
import { getDownloads } from "../../../scripts/lib/downloads.ts";
import { releasesFeed } from "../../lib/releases/feed.ts";
import { changeSummary } from "../../lib/releases/views.ts";

export const GET: APIRoute = async () => {
  const { model, releases } = await getDownloads();
  const xml = releasesFeed({
    siteUrl: model.config.siteUrl,
    title: `${model.config.title.zh} · ${model.config.title.en}`,
    releases: releases.map((r) => ({
      id: r.manifest.id,
      version: r.manifest.version,
      created: r.manifest.created,
      summary: `${changeSummary(r.changes, "zh")} / ${changeSummary(r.changes, "en")}`,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};

/** The Atom feed of releases (RFC 4287): one entry a release, newest first, dated by the release date. */
import { escapeMarkup } from "../markup.ts";

/** What the feed says about one release. */
export interface FeedRelease {
  id: string;
  version: string;
  created: string;
  summary: string;
}

/** The feed's XML; `siteUrl` ends with a slash; releases may come in any order. */
export function releasesFeed(options: {
  siteUrl: string;
  title: string;
  releases: readonly FeedRelease[];
}): string {
  const { siteUrl, title } = options;
  const releases = [...options.releases].sort((a, b) =>
    a.created === b.created ? (a.id < b.id ? 1 : -1) : a.created < b.created ? 1 : -1,
  );
  const feedUrl = `${siteUrl}releases/feed.xml`;
  const updated = releases[0] ? `${releases[0].created}T00:00:00Z` : "1970-01-01T00:00:00Z";
  const entries = releases.map((release) => {
    const url = `${siteUrl}releases/${encodeURIComponent(release.id)}/`;
    return [
      "  <entry>",
      `    <id>${escapeMarkup(url)}</id>`,
      `    <title>${escapeMarkup(`${release.version} (${release.created})`)}</title>`,
      `    <link rel="alternate" href="${escapeMarkup(url)}"/>`,
      `    <updated>${escapeMarkup(release.created)}T00:00:00Z</updated>`,
      `    <summary>${escapeMarkup(release.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeMarkup(feedUrl)}</id>`,
    `  <title>${escapeMarkup(title)}</title>`,
    `  <link rel="self" href="${escapeMarkup(feedUrl)}"/>`,
    `  <link rel="alternate" href="${escapeMarkup(`${siteUrl}releases/`)}"/>`,
    `  <updated>${escapeMarkup(updated)}</updated>`,
    `  <author><name>${escapeMarkup(title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

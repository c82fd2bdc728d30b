/** The Atom feed of releases (RFC 4287): one entry a release, newest first, dated by the release date. */

/** What the feed says about one release. */
export interface FeedRelease {
  id: string;
  version: string;
  created: string;
  summary: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
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
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${release.version} (${release.created})`)}</title>`,
      `    <link rel="alternate" href="${escapeXml(url)}"/>`,
      `    <updated>${release.created}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(release.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" href="${escapeXml(`${siteUrl}releases/`)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

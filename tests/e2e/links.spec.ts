/**
 * No broken internal link in the built site: every href and src that points into the site must
 * name a file the build wrote, and every #fragment must be an id on the page it points to.
 *
 * Why not a crawling link checker: linkinator over the 4,651 pages of the sample site did not
 * finish in 15 minutes here (it fetches every page and every link over HTTP); the built site is a
 * folder of files, so checking the files themselves is exact and takes seconds. Links to other
 * hosts are kept to an allowlist by the build's output guard.
 */
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { expect, test } from "@playwright/test";
import { listFiles } from "../../scripts/lib/walk.ts";

const SITE = join(import.meta.dirname, "../../.anju/e2e-site");
const LINK = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

test("the built site has no broken internal links", async () => {
  test.setTimeout(300_000);
  const files = new Set(await listFiles(SITE));
  const pages = [...files].filter((file) => file.endsWith(".html"));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = await readFile(join(SITE, file), "utf8");
      set = new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await readFile(join(SITE, page), "utf8");
    for (const [, raw] of html.matchAll(LINK)) {
      const link = decode(raw!);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // another scheme or host
      const [beforeHash, fragment] = link.split("#", 2) as [string, string | undefined];
      const path = beforeHash.split("?")[0]!;
      const resolved =
        path === "" ? `/${page}` : path.startsWith("/") ? path : posix.join(posix.dirname(`/${page}`), path);
      let target = decodeURIComponent(resolved).replace(/^\//, "");
      if (target === "" || target.endsWith("/")) target = `${target}index.html`;
      checked++;
      if (!files.has(target)) {
        broken.push(`${page}: ${link} (no ${target})`);
        continue;
      }
      if (fragment && target.endsWith(".html") && !(await idsOf(target)).has(decodeURIComponent(fragment))) {
        broken.push(`${page}: ${link} (no id "${fragment}" in ${target})`);
      }
    }
  }
  expect(broken.slice(0, 50)).toEqual([]);
  expect(checked).toBeGreaterThan(10_000);
});

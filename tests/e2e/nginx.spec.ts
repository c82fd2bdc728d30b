/**
 * nginx with deploy/nginx's configuration (generated the same way), serving the e2e site: plain
 * HTTP goes to HTTPS, every response carries exactly the headers public/_headers lists for its
 * path, content types are right for the data formats, precompressed copies are sent as they are,
 * and there is a 404 page and no folder listing. Runs in the "nginx" project only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { NGINX_PORTS } from "./nginx-server.ts";

const SITE = ".anju/e2e-site";

/** public/_headers read as a host reads it: a path line, then indented `Name: value` lines. */
function readHeadersFile(): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync("public/_headers", "utf8").split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
    } else {
      const colon = line.indexOf(":");
      rules.at(-1)!.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const RULES = readHeadersFile();
/** Every header name _headers sets somewhere: for each path, nginx sends exactly _headers' subset. */
const NAMES = [...new Set(RULES.flatMap((rule) => Object.keys(rule.headers)))];

function expectedFor(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of RULES) {
    const prefix = rule.path.endsWith("*") ? rule.path.slice(0, -1) : rule.path;
    if (rule.path.endsWith("*") ? path.startsWith(prefix) : path === prefix)
      Object.assign(headers, rule.headers);
  }
  return headers;
}

/** The first file in a folder of the site whose name ends with `ending`, as a URL path. */
function firstFile(folder: string, ending: string): string {
  const name = readdirSync(join(SITE, folder)).find((file) => file.endsWith(ending));
  if (!name) throw new Error(`no ${ending} file in ${SITE}/${folder}`);
  return `/${folder}/${name}`;
}

test("plain HTTP is redirected to the same path and query over HTTPS", async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${NGINX_PORTS.http}/policy/?from=test`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe(`https://127.0.0.1:${NGINX_PORTS.https}/policy/?from=test`);
});

test("HTTPS responses carry HSTS for a year, with subdomains", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

for (const [what, path] of [
  ["a page", "/"],
  ["an English page", "/en/policy/"],
  ["a data file", "/data/sites.csv"],
  ["a hashed script", () => firstFile("_astro", ".js")],
  ["a search fragment", () => firstFile("pagefind/fragment", ".pf_fragment")],
  ["a search index chunk", () => firstFile("pagefind/index", ".pf_index")],
  ["a missing page", "/nowhere/"],
] as const) {
  test(`${what} carries exactly the headers public/_headers lists for it`, async ({ request }) => {
    const url = typeof path === "string" ? path : path();
    const sent = (await request.get(url)).headers();
    const expected = expectedFor(url);
    const seen = Object.fromEntries(NAMES.filter((name) => name in sent).map((name) => [name, sent[name]]));
    // Pages and other files whose names do not change are revalidated (nginx only: see hosting.ts).
    if (!("cache-control" in expected) && !url.startsWith("/nowhere")) expected["cache-control"] = "no-cache";
    expect(seen).toEqual(expected);
  });
}

test("pages and folders not named with their slash are redirected to it, keeping the scheme and port", async ({
  request,
}) => {
  const response = await request.get("/policy", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("/policy/");
});

for (const [path, type] of [
  ["/", "text/html; charset=utf-8"],
  ["/data/sites.csv", "text/csv; charset=utf-8"],
  ["/data/sites.geojson", "application/geo+json; charset=utf-8"],
  ["/data/datapackage.json", "application/json; charset=utf-8"],
  ["/data/datapackage.zip", "application/zip"],
  ["/sitemap.xml", "application/xml; charset=utf-8"],
  ["/robots.txt", "text/plain; charset=utf-8"],
  ["/favicon.svg", "image/svg+xml"],
] as const) {
  test(`${path} is sent as ${type}`, async ({ request }) => {
    expect((await request.get(path)).headers()["content-type"]).toBe(type);
  });
}

test("Pagefind's files are sent as binary, as its script expects", async ({ request }) => {
  const pagefind = readdirSync(join(SITE, "pagefind"));
  const paths = [
    ...pagefind.filter((name) => /\.(pf_meta|pagefind)$/.test(name)).map((name) => `/pagefind/${name}`),
    firstFile("pagefind/fragment", ".pf_fragment"),
    firstFile("pagefind/index", ".pf_index"),
  ];
  expect(paths.length).toBeGreaterThanOrEqual(4);
  for (const path of paths) {
    expect((await request.get(path)).headers()["content-type"], path).toBe("application/octet-stream");
  }
});

test("indicators.json.gz is a gzip file to save, never unpacked on the way", async ({ request }) => {
  const response = await request.get("/data/indicators.json.gz", { headers: { "accept-encoding": "gzip" } });
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/gzip");
  expect(headers["content-encoding"]).toBeUndefined();
  expect(await response.body()).toEqual(readFileSync(join(SITE, "data/indicators.json.gz")));
});

test("a page's precompressed copy is sent as it is to a client that accepts gzip", async ({ request }) => {
  const copy = join(SITE, "index.html.gz");
  test.skip(!existsSync(copy), "the site was built without --precompress");
  const response = await request.get("/", { headers: { "accept-encoding": "gzip" } });
  expect(response.headers()["content-encoding"]).toBe("gzip");
  // On-the-fly compression would be chunked; the copy's own length means gzip_static sent it.
  expect(response.headers()["content-length"]).toBe(String(statSync(copy).size));
  expect(await response.text()).toBe(readFileSync(join(SITE, "index.html"), "utf8"));
});

test("a missing page is answered 404 with the site's 404 page", async ({ request }) => {
  const response = await request.get("/nowhere/");
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(readFileSync(join(SITE, "404.html"), "utf8"));
});

test("a folder without an index page is not listed", async ({ request }) => {
  const response = await request.get("/_astro/");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain(".js");
});

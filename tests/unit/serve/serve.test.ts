/**
 * The local server (`npm start`) on a real socket: malformed paths are answered, not fatal;
 * nothing outside the site's folder is served, whether reached by `..` or by a link; text is
 * compressed for clients that accept gzip; headers are those of public/_headers.
 */
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { serveStatic } from "../../../scripts/lib/serve.ts";

let work = "";
let server: Server;
let port = 0;
const PAGE = `<!doctype html><title>Anju</title><p>${"安居 ".repeat(600)}</p>`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends `path` exactly as written (no normalisation by a URL parser) and reads the answer. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  // work/site is served; work/site-sibling and work/outside must stay out of reach. The site is
  // served through a link (as `anju build --out` publishes it) to a folder of builds.
  work = await mkdtemp(join(tmpdir(), "anju-serve-"));
  await mkdir(join(work, "builds/1/sites/a"), { recursive: true });
  await mkdir(join(work, "site-sibling"));
  await mkdir(join(work, "outside"));
  await writeFile(join(work, "builds/1/index.html"), PAGE);
  await writeFile(join(work, "builds/1/sites/a/index.html"), "<p>site a</p>");
  await writeFile(join(work, "builds/1/404.html"), "<p>not here</p>");
  await writeFile(join(work, "builds/1/small.css"), "p{}");
  await writeFile(join(work, "site-sibling/secret.txt"), "sibling secret");
  await writeFile(join(work, "outside/secret.txt"), "outside secret");
  await symlink(join(work, "outside/secret.txt"), join(work, "builds/1/leak.txt"));
  await symlink(join(work, "outside"), join(work, "builds/1/leak-dir"));
  await symlink(join(work, "builds/1/small.css"), join(work, "builds/1/alias.css"));
  await symlink(join(work, "builds/1"), join(work, "site"));
  ({ server } = await serveStatic(join(work, "site")));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(work, { recursive: true, force: true });
});

test.each([
  ["an empty authority (GET //)", "//"],
  ["a lone percent sign (GET /%)", "/%"],
  ["a broken escape (GET /%E4%B8)", "/%E4%B8"],
  ["a NUL byte (GET /%00)", "/%00"],
])("answers 400 to a request path with %s and keeps serving", async (_, path) => {
  expect((await get(path)).status).toBe(400);
  const after = await get("/sites/a/");
  expect(after.status).toBe(200);
  expect(after.body.toString()).toBe("<p>site a</p>");
});

test.each([
  ["a sibling folder whose name starts with the site's", "/..%2fsite-sibling%2fsecret.txt"],
  ["a folder above the site", "/..%2foutside%2fsecret.txt"],
  ["a link to a file outside the site", "/leak.txt"],
  ["a link to a folder outside the site", "/leak-dir/secret.txt"],
])("refuses (403) a path reaching %s", async (_, path) => {
  const answer = await get(path);
  expect(answer.status).toBe(403);
  expect(answer.body.toString()).not.toContain("secret");
});

test("serves a link that stays inside the site, and the site through the link it is published as", async () => {
  const answer = await get("/alias.css");
  expect(answer.status).toBe(200);
  expect(answer.body.toString()).toBe("p{}");
});

test("redirects a folder named without its trailing slash, keeping the query", async () => {
  const answer = await get("/sites/a?x=1");
  expect(answer.status).toBe(301);
  expect(answer.headers.location).toBe("/sites/a/?x=1");
});

test("answers a missing file with the site's 404 page", async () => {
  const answer = await get("/nowhere/");
  expect(answer.status).toBe(404);
  expect(answer.body.toString()).toBe("<p>not here</p>");
});

test("gzip-compresses a page for a client that accepts gzip, and sends it plain to one that does not", async () => {
  const zipped = await get("/", { "accept-encoding": "gzip, deflate, br" });
  expect(zipped.headers["content-encoding"]).toBe("gzip");
  expect(zipped.headers.vary).toBe("Accept-Encoding");
  expect(gunzipSync(zipped.body).toString()).toBe(PAGE);
  expect(zipped.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);

  const plain = await get("/");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
  expect(plain.body.toString()).toBe(PAGE);
});

test("sends a file under 1 KB as it is, even to a client that accepts gzip", async () => {
  const answer = await get("/small.css", { "accept-encoding": "gzip" });
  expect(answer.headers["content-encoding"]).toBeUndefined();
  expect(answer.body.toString()).toBe("p{}");
});

test("sends the headers of public/_headers with a page, and asks browsers to revalidate it", async () => {
  const { headers } = await get("/");
  expect(headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(headers["content-security-policy"]).toBe(
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  );
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(headers["cache-control"]).toBe("no-cache");
});

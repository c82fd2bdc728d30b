/**
 * A small static file server for a built site: for `npm start` and the browser tests. Serves
 * directories' index.html, sends the right content types and the security headers of `_headers`.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
  ".sig": "application/octet-stream",
};

/** Starts serving `root` on 127.0.0.1 (port 0 picks a free one); resolves to the server and its URL. */
export async function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(path)).isDirectory()) {
          if (!url.pathname.endsWith("/")) {
            response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
            return;
          }
          path = join(path, "index.html");
        }
        await stat(path);
      } catch {
        response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
        createReadStream(join(base, "404.html"))
          .on("error", () => response.end("Not found"))
          .pipe(response);
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-frame-options": "DENY",
      });
      createReadStream(path).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}` };
}

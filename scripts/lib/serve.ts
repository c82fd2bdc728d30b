/**
 * A small static file server for a built site: for `npm start` and the browser tests. Serves
 * directories' index.html with the content types and headers a production server sends
 * (scripts/lib/hosting.ts), gzip-compresses text for clients that accept it, so sizes match
 * production, and serves nothing outside the site's folder.
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { constants, createGzip } from "node:zlib";
import { CONTENT_TYPES, PAGE_CACHE, compressible, headersFor } from "./hosting.ts";

/** Files smaller than this are sent as they are: compressing them saves nothing worth a header. */
const COMPRESS_FROM = 1024;

/** Whether `path` is `root` or inside it; both absolute and resolved. */
function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The decoded path of a request's URL, or null when it is not a valid URL path. */
function requestPath(request: IncomingMessage): { pathname: string; decoded: string } | null {
  try {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const decoded = decodeURIComponent(pathname);
    return decoded.includes("\0") ? null : { pathname, decoded };
  } catch {
    return null;
  }
}

/**
 * The real path of the file a request names, or why there is none: "outside" when it lies (or
 * links) outside the site, "missing" when there is no such file, or a redirect for a folder
 * named without its trailing slash.
 */
async function locate(
  base: string,
  pathname: string,
  decoded: string,
): Promise<{ file: string } | { redirect: string } | "outside" | "missing"> {
  const root = await realpath(base);
  const path = join(root, decoded);
  // Checked before touching the file system, so nothing outside the site is even looked at.
  if (!inside(root, path)) return "outside";
  let real: string;
  try {
    real = await realpath(path);
    if ((await stat(real)).isDirectory()) {
      if (!pathname.endsWith("/")) return { redirect: `${pathname}/` };
      real = await realpath(join(real, "index.html"));
    }
  } catch {
    return "missing";
  }
  // A link inside the site may point anywhere; what it points to must be in the site too.
  return inside(root, real) ? { file: real } : "outside";
}

/** Sends a file with its content type and headers, gzip-compressed when that pays and is accepted. */
async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  status: number,
  pathname: string,
): Promise<void> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  const headers: Record<string, string | number> = {
    ...headersFor(pathname),
    "Content-Type": type,
  };
  headers["Cache-Control"] ??= PAGE_CACHE;
  const { size } = await stat(file);
  const accepts = /\bgzip\b(?!;q=0(\.0*)?\b)/.test(request.headers["accept-encoding"] ?? "");
  const worthIt = compressible(type) && size >= COMPRESS_FROM;
  if (worthIt) headers["Vary"] = "Accept-Encoding";
  if (worthIt && accepts) {
    response.writeHead(status, { ...headers, "Content-Encoding": "gzip" });
    // The level `anju build --precompress` uses, so the sizes are the production ones.
    await pipeline(createReadStream(file), createGzip({ level: constants.Z_BEST_COMPRESSION }), response);
  } else {
    response.writeHead(status, { ...headers, "Content-Length": size });
    await pipeline(createReadStream(file), response);
  }
}

/** Answers one request; every failure becomes a status, never an exception. */
async function answer(base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = requestPath(request);
  if (!path) {
    response
      .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
      .end("Bad request: not a valid path.\n");
    return;
  }
  const found = await locate(base, path.pathname, path.decoded);
  if (found === "outside") {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Forbidden.\n");
  } else if (found === "missing") {
    const notFound = await locate(base, "/404.html", "/404.html");
    if (typeof notFound === "object" && "file" in notFound) {
      await sendFile(request, response, notFound.file, 404, path.pathname);
    } else {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found.\n");
    }
  } else if ("redirect" in found) {
    const query = new URL(request.url ?? "/", "http://localhost").search;
    response.writeHead(301, { Location: `${found.redirect}${query}` }).end();
  } else {
    await sendFile(request, response, found.file, 200, path.pathname);
  }
}

/** Starts serving `root` on 127.0.0.1 (port 0 picks a free one); resolves to the server and its URL. */
export async function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    answer(base, request, response).catch(() => {
      // A file that vanished mid-send, or a client that went away: end this response only.
      if (response.headersSent) response.destroy();
      else response.writeHead(500).end();
    });
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}` };
}

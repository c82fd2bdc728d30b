/** `npm start`'s second half: serves the published site (dist/) on http://127.0.0.1:4321/. */
import { serveStatic } from "./lib/serve.ts";

const root = process.argv[2] ?? "dist";
const port = Number(process.env.PORT ?? 4321);
const { url } = await serveStatic(root, port);
process.stdout.write(`Anju is served from ${root} at ${url}/ (Ctrl+C stops it).\n`);

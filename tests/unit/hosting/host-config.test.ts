/**
 * public/_headers and deploy/nginx/anju.conf are generated from scripts/lib/hosting.ts; the
 * committed files must be what the generator writes today, or nginx and `_headers` hosts would
 * send different headers from the ones the tests check.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { HOST_CONFIG_FILES } from "../../../scripts/make-host-config.ts";

const ROOT = join(import.meta.dirname, "../../..");

test.each(Object.entries(HOST_CONFIG_FILES))(
  "the committed %s is current (run node scripts/make-host-config.ts after editing hosting.ts)",
  async (path, render) => {
    expect(await readFile(join(ROOT, path), "utf8")).toBe(render());
  },
);

test("nginx sends every header of every _headers rule in the location for that rule's folder", async () => {
  const conf = await readFile(join(ROOT, "deploy/nginx/anju.conf"), "utf8");
  const blocks = new Map(
    [...conf.matchAll(/location (\S+) \{([^}]*)\}/g)].map((match) => [match[1]!, match[2]!]),
  );
  expect([...blocks.keys()]).toEqual(["/", "/data/", "/_astro/", "/pagefind/fragment/", "/pagefind/index/"]);
  expect(blocks.get("/data/")).toContain('add_header Access-Control-Allow-Origin "*" always;');
  expect(blocks.get("/data/")).toContain(
    `add_header Content-Security-Policy "frame-ancestors 'none'; base-uri 'self'; object-src 'none'" always;`,
  );
  expect(blocks.get("/_astro/")).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
  expect(blocks.get("/")).toContain('add_header Cache-Control "no-cache";');
});

// `/verify/manifest.json`: where the verify and receipt pages find the published data (see src/lib/receipts/manifest.ts).
import type { APIRoute } from "astro";
import { buildContext } from "../../data/context.ts";
import { DOWNLOAD_PATHS } from "../../lib/downloads/plan.ts";
import { METHOD_VERSION } from "../../lib/indicators/index.ts";
import type { VerifyManifest } from "../../lib/receipts/manifest.ts";
import { firstShardOnly } from "../../data/paths.ts";

const render: APIRoute = () => {
  const { model, downloads } = buildContext();
  const manifest: VerifyManifest = {
    method_version: METHOD_VERSION,
    release: { version: model.meta.version, created: model.meta.created, sample: model.meta.sample },
    inputs: model.files.map((f) => ({ name: f.name, bytes: f.bytes, sha256: f.sha256 })),
    tables: downloads.index.tables.map((t) => ({
      name: t.name,
      path: `/data/${t.editions.csv!.path}`,
      bytes: t.editions.csv!.bytes,
      sha256: t.editions.csv!.sha256,
      rows: t.rows,
    })),
    counties: downloads.index.counties,
    countyPath: `/data/${DOWNLOAD_PATHS.county("{county}", "{table}")}`,
    valuesPath: "/verify/values/{id}.json",
    indicatorsPath: `/data/${DOWNLOAD_PATHS.indicators}`,
  };
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/json" } });
};

// Every render shard's Astro renders a route without paths; the first shard's file is published.
export const GET = firstShardOnly(render);

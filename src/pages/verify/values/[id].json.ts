// `/verify/values/<id>.json`: one indicator's published values in columns (src/lib/receipts/compact.ts).
// The full indicators file is ~181 MB at Shiyan scale, too much for a browser; these are ~1 MB each.
// They need only the model: dealt among the render processes after the first (src/data/paths.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { buildContext } from "../../../data/context.ts";
import { INDICATORS, targetNumber } from "../../../lib/indicators/index.ts";
import { compactFields } from "../../../lib/receipts/compact.ts";
import { modelOnlyPaths } from "../../../data/paths.ts";

export const getStaticPaths = (() =>
  modelOnlyPaths(() => INDICATORS.map((indicator) => indicator.id)).map((id) => ({
    params: { id },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const indicator = INDICATORS.find((i) => i.id === params.id)!;
  const { values } = buildContext().model;
  const body = JSON.stringify(
    compactFields(
      indicator.id,
      targetNumber(indicator.target),
      values.fieldsOfIndicator(indicator.id),
      values.countOf(indicator.id),
    ),
  );
  return new Response(body, { headers: { "content-type": "application/json" } });
};

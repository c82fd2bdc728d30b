// `/map/outlines/<county>.svg`: each county's outline, drawn once and shared by its site pages
// (which mark the site's place on it with a dot of their own).
import type { APIRoute, GetStaticPaths } from "astro";
import type { CountyFeature } from "../../../lib/geo/boundaries.ts";
import { buildContext } from "../../../data/context.ts";
import { countyOutlineSvg } from "../../../lib/map/outline.ts";
import { sharedPaths } from "../../../data/paths.ts";

export const getStaticPaths = (() =>
  sharedPaths(() =>
    buildContext().model.boundaries.features.map((feature) => ({
      params: { code: feature.id },
      props: { feature },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ feature: CountyFeature }> = ({ props }) =>
  new Response(countyOutlineSvg(props.feature), { headers: { "content-type": "image/svg+xml" } });

// `/map/status/<indicator>/<period>.json`: every site's and county's status and value for one
// indicator in one period, fetched only when the map shows that view. The indicators are dealt
// among the render processes (src/data/paths.ts), each making only its own indicators' files.
import type { APIRoute, GetStaticPaths } from "astro";
import { getMapData, getStatusFiles } from "../../../../components/map/map-data.ts";
import { modelOnlyPaths } from "../../../../data/paths.ts";

export const getStaticPaths: GetStaticPaths = () =>
  modelOnlyPaths(() => getMapData().points.indicators.map((indicator) => indicator.id)).flatMap((indicator) =>
    [...getStatusFiles(indicator).values()].map((file) => ({
      params: { indicator: file.indicator, period: file.period },
    })),
  );

export const GET: APIRoute = ({ params }) => {
  const file = getStatusFiles(params.indicator ?? "").get(`${params.indicator ?? ""}/${params.period ?? ""}`);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(file), { headers: { "content-type": "application/json" } });
};

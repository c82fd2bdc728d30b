// `/map/status/<indicator>/<period>.json`: every site's and county's status and value for one
// indicator in one period, fetched only when the map shows that view.
import type { APIRoute, GetStaticPaths } from "astro";
import { getMapData } from "../../../../components/map/map-data.ts";
import { sharedPaths } from "../../../../data/paths.ts";

export const getStaticPaths: GetStaticPaths = () => {
  const { statusFiles } = getMapData();
  return sharedPaths(() =>
    [...statusFiles.values()].map((file) => ({
      params: { indicator: file.indicator, period: file.period },
    })),
  );
};

export const GET: APIRoute = ({ params }) => {
  const { statusFiles } = getMapData();
  const file = statusFiles.get(`${params.indicator ?? ""}/${params.period ?? ""}`);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(file), { headers: { "content-type": "application/json" } });
};

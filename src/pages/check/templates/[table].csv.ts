// `/check/templates/<table>.csv`: a table's blank template, the header row as the Excel edition writes it.
import type { APIRoute, GetStaticPaths } from "astro";
import { templateCsv } from "../../../lib/check/templates.ts";
import { TABLE_NAMES, tableByName, type TableName } from "../../../lib/schema/index.ts";
import { sharedPaths } from "../../../data/paths.ts";

export const getStaticPaths: GetStaticPaths = () =>
  sharedPaths(() => TABLE_NAMES.map((table) => ({ params: { table } })));

export const GET: APIRoute = ({ params }) =>
  new Response(templateCsv(tableByName(params.table as TableName)), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });

// `/check/guide/<table>.csv` (and `/en/…`): a table's guide as the Excel edition of the guide
// page's table, in the page's language, to keep beside the blank template.
import type { APIRoute, GetStaticPaths } from "astro";
import { buildContext } from "../../../../data/context.ts";
import { guideCsv, tableGuide } from "../../../../lib/check/templates.ts";
import type { TypedRow } from "../../../../lib/downloads/formats.ts";
import { langOf } from "../../../../lib/i18n/index.ts";
import { TABLE_NAMES, tableByName, type TableName } from "../../../../lib/schema/index.ts";
import { pathsPerLang, sharedPaths } from "../../../../data/paths.ts";

export const getStaticPaths: GetStaticPaths = () => sharedPaths(() => pathsPerLang("table", TABLE_NAMES));

export const GET: APIRoute = ({ params }) => {
  const name = params.table as TableName;
  const lang = langOf(params.lang);
  const rows = buildContext().model.dataset[name] as readonly TypedRow[];
  return new Response(guideCsv(tableGuide(tableByName(name), rows, lang), lang), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};

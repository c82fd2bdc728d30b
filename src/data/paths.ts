/**
 * The pages' static paths: every page exists once per language, and the place pages once per
 * language and county or site of the build's data. Pages export these as their `getStaticPaths`.
 */
import { langParam, LANGS } from "../lib/i18n/index.ts";
import { buildContext } from "./context.ts";

/** One path per language, with `param` set to each of `values`: `/…/420323/`, `/en/…/420323/`. */
export function pathsPerLang<Param extends string>(param: Param, values: readonly string[]) {
  return LANGS.flatMap((lang) =>
    values.map((value) => ({
      params: { lang: langParam(lang), [param]: value } as Record<"lang", string | undefined> &
        Record<Param, string>,
    })),
  );
}

/** A page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** A page per language and county of the data (`[code]`). */
export function countyPaths() {
  return pathsPerLang(
    "code",
    buildContext().model.dataset.counties.map((county) => county.county_code),
  );
}

/** A page per language and site of the data (`[id]`). */
export function sitePaths() {
  return pathsPerLang(
    "id",
    buildContext().model.dataset.sites.map((site) => site.site_id),
  );
}

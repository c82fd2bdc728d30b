/**
 * The pages' static paths: every page exists once per language, and the place pages once per
 * language and county or site of the build's data. Pages export these as their `getStaticPaths`.
 *
 * A build may render its pages in several processes at once (`anju build --jobs`), each an Astro
 * build of one shard (scripts/lib/render.ts): the site pages are dealt out among the shards (the
 * first, which prepares the release meanwhile, takes fewer or none), and the first renders every
 * other page; files that need only the model are dealt among the others (`modelOnlyPaths`).
 * Every page's `getStaticPaths` goes through `sharedPaths`, `sitePaths`, `countyNoticePaths` or
 * `modelOnlyPaths`, so a shard renders only its own pages.
 */
import type { APIRoute } from "astro";
import { langParam, LANGS } from "../lib/i18n/index.ts";
import { buildContext, type RenderShard } from "./context.ts";

const WHOLE: RenderShard = { index: 0, count: 1 };
let seeEveryShard = false;

/** The shard this Astro build renders (the whole site unless `anju build` split the render). */
function shard(): RenderShard {
  return seeEveryShard ? WHOLE : (buildContext().shard ?? WHOLE);
}

/**
 * Runs `task` with every page's paths visible, whatever this build's shard: the sitemap, which
 * the first shard renders, lists the pages the other shards render. Astro asks every page for
 * its paths before it renders any, so only the sitemap's own calls see the flag up.
 */
export async function withEveryShard<T>(task: () => Promise<T>): Promise<T> {
  seeEveryShard = true;
  try {
    return await task();
  } finally {
    seeEveryShard = false;
  }
}

/**
 * Of the places, those this build's shard renders: without shards, all; with them, dealt out in
 * turn among the shards after the first (it prepares the release meanwhile), or among every
 * shard with `first`.
 */
function dealt<T>(places: readonly T[], { index, count }: RenderShard, { first = false } = {}): T[] {
  if (count === 1) return [...places];
  if (first) return places.filter((_, position) => position % count === index);
  if (index === 0) return [];
  return places.filter((_, position) => position % (count - 1) === index - 1);
}

/**
 * An endpoint without paths, which Astro renders in every shard: only the first runs it (the
 * others write an empty file, which is not published) — it may read the downloads' index, which
 * the other shards do not have, and it need not be made twice.
 */
export function firstShardOnly(render: APIRoute): APIRoute {
  return (context) => (shard().index === 0 ? render(context) : new Response(""));
}

/**
 * Of work that needs only the model (the verification files, the map's status files), the part
 * this build's shard renders: dealt among the shards after the first, which prepares the release
 * meanwhile and renders every page that shows it; at national scale it finished last. `items`
 * is called only where a shard renders some (at Shiyan's scale the map's indicators cost 1 s).
 */
export function modelOnlyPaths<T>(items: () => readonly T[]): T[] {
  const here = shard();
  return here.count > 1 && here.index === 0 ? [] : dealt(items(), here);
}

/** Paths of a page that is not a site page: the first shard renders them, the others none. */
export function sharedPaths<T>(paths: () => T[]): T[] {
  return shard().index === 0 ? paths() : [];
}

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
  return sharedPaths(() => LANGS.map((lang) => ({ params: { lang: langParam(lang) } })));
}

/** A page per language and county of the data (`[code]`): the first shard renders them. */
export function countyPaths() {
  return sharedPaths(() =>
    pathsPerLang(
      "code",
      buildContext().model.dataset.counties.map((county) => county.county_code),
    ),
  );
}

/**
 * A printed notice per language and county (`[code]`), which needs only the model: the counties
 * of this build's shard, dealt among every shard. The document of all a county's site notices
 * is as long as its sites' notices together, and which process is free first depends on the
 * data: at national scale the first was still rendering them 250 s after the release while the
 * others had finished; at Shiyan's, dealt to the others alone, they made the render 5 s longer.
 */
export function countyNoticePaths() {
  return pathsPerLang(
    "code",
    dealt(buildContext().model.dataset.counties, shard(), { first: true }).map(
      (county) => county.county_code,
    ),
  );
}

/**
 * The sites whose pages this build's shard renders: one in `2 × count` to the first (a third as
 * many as the other on two threads), the rest dealt among the others. The first starts rendering
 * only after the release stage; without sites of its own it waited for the others, at Shiyan's
 * scale 14 s of a 30 s render and at national scale about 270 s (its release stage had become
 * half as long; before that, its own pages had kept it busiest). With one in `2 × count + 1` it
 * still finished 40 s before the other at national scale, once the other thread stopped holding
 * the rows (stop 45 in bench/RESULTS.md).
 */
export function dealtSites<T>(sites: readonly T[], { index, count }: RenderShard): T[] {
  if (count === 1) return [...sites];
  const round = 2 * count;
  if (index === 0) return sites.filter((_, position) => position % round === 0);
  return dealt(
    sites.filter((_, position) => position % round !== 0),
    { index, count },
  );
}

/** A page per language and site of the data (`[id]`): the sites of this build's shard. */
export function sitePaths() {
  return pathsPerLang(
    "id",
    dealtSites(buildContext().model.dataset.sites, shard()).map((site) => site.site_id),
  );
}

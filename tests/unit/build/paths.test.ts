/**
 * How the pages' paths are shared out among the render shards of `anju build --jobs N`
 * (src/data/paths.ts): every page in exactly one shard; half as many site pages in the first,
 * which prepares the release meanwhile, as in each other; the county notices among every shard.
 */
import { afterEach, describe, expect, test } from "vitest";
import { clearBuildContext, setBuildContext, type BuildContext } from "../../../src/data/context.ts";
import {
  countyNoticePaths,
  countyPaths,
  dealtSites,
  langPaths,
  modelOnlyPaths,
  sitePaths,
  withEveryShard,
} from "../../../src/data/paths.ts";

const dataset = {
  counties: ["420302", "420303", "420304"].map((county_code) => ({ county_code })),
  sites: ["420302-0001", "420302-0002", "420303-0001", "420304-0001", "420304-0002"].map((site_id) => ({
    site_id,
  })),
};

/** The paths a page family gives in shard `index` of `count`, as "lang/param" strings. */
function pathsIn(
  index: number,
  count: number,
  paths: () => { params: Record<string, string | undefined> }[],
) {
  setBuildContext({
    model: { dataset },
    shard: { index, count },
  } as unknown as BuildContext);
  return paths().map(({ params }) => `${params.lang ?? "zh"}/${params.code ?? params.id ?? ""}`);
}

afterEach(() => {
  clearBuildContext();
});

describe("render shards' paths", () => {
  test("without shards, one build renders every page", () => {
    expect(pathsIn(0, 1, sitePaths)).toHaveLength(10);
    expect(pathsIn(0, 1, countyNoticePaths)).toEqual([
      "zh/420302",
      "zh/420303",
      "zh/420304",
      "en/420302",
      "en/420303",
      "en/420304",
    ]);
    expect(pathsIn(0, 1, countyPaths)).toHaveLength(6);
  });

  test.each([2, 3, 4])(
    "with %i shards, each page is in one shard; the first has fewer site pages than the others",
    (count) => {
      const shards = Array.from({ length: count }, (_, index) => index);
      // The three counties' notices (two languages each), dealt in turn from the first shard on.
      const notices: Record<number, number[]> = { 2: [4, 2], 3: [2, 2, 2], 4: [2, 2, 2, 0] };
      expect(shards.map((index) => pathsIn(index, count, countyNoticePaths).length)).toEqual(notices[count]);
      // The five sites (two languages each): one in 2 × count to the first, the rest in turn.
      const sites: Record<number, number[]> = { 2: [4, 6], 3: [2, 4, 4], 4: [2, 4, 2, 2] };
      expect(shards.map((index) => pathsIn(index, count, sitePaths).length)).toEqual(sites[count]);
      for (const family of [sitePaths, countyNoticePaths]) {
        const dealt = shards.map((index) => pathsIn(index, count, family));
        expect(dealt.flat().sort()).toEqual(pathsIn(0, 1, family).sort());
        expect(new Set(dealt.flat()).size).toBe(dealt.flat().length);
      }
      for (const family of [countyPaths, langPaths]) {
        expect(pathsIn(0, count, family)).toEqual(pathsIn(0, 1, family));
        for (const index of shards.slice(1)) expect(pathsIn(index, count, family)).toEqual([]);
      }
    },
  );

  test("the first shard renders a quarter of the sites with two shards, an eighth with four", () => {
    const sites = Array.from({ length: 35_000 }, (_, position) => position);
    expect(dealtSites(sites, { index: 0, count: 2 })).toHaveLength(8_750);
    expect(dealtSites(sites, { index: 0, count: 2 }).slice(0, 3)).toEqual([0, 4, 8]);
    expect(dealtSites(sites, { index: 1, count: 2 })).toHaveLength(26_250);
    expect([0, 1, 2, 3].map((index) => dealtSites(sites, { index, count: 4 }).length)).toEqual([
      4_375, 10_209, 10_208, 10_208,
    ]);
    expect(dealtSites(sites, { index: 0, count: 1 })).toHaveLength(35_000);
  });

  test("work that needs only the model is dealt among the shards after the first", () => {
    const indicators = ["a", "b", "c", "d", "e"];
    const asked: number[] = [];
    const share = (index: number, count: number) => {
      setBuildContext({ model: { dataset }, shard: { index, count } } as unknown as BuildContext);
      return modelOnlyPaths(() => {
        asked.push(index);
        return indicators;
      });
    };
    expect(share(0, 1)).toEqual(indicators);
    expect(share(0, 2)).toEqual([]);
    expect(share(1, 2)).toEqual(indicators);
    expect([share(0, 3), share(1, 3), share(2, 3)]).toEqual([[], ["a", "c", "e"], ["b", "d"]]);
    // The first shard of several never makes the list (the map's indicators cost time to make).
    expect(asked).toEqual([0, 1, 1, 2]);
  });

  test("the sitemap's view sees every page from any shard", async () => {
    setBuildContext({ model: { dataset }, shard: { index: 1, count: 2 } } as unknown as BuildContext);
    expect(await withEveryShard(() => Promise.resolve(countyPaths().length + sitePaths().length))).toBe(16);
    expect(countyPaths()).toEqual([]);
  });
});

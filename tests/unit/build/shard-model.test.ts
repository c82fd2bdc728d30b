/**
 * What a render shard keeps of the data (scripts/render-shard.ts): the build's place index, made
 * once per context, with each site's latest row of the site × period tables; the rows themselves
 * are let go, and a page that still reads them fails the build instead of rendering from nothing.
 */
import { afterEach, describe, expect, test } from "vitest";
import {
  clearBuildContext,
  contextPlaceIndex,
  setBuildContext,
  type BuildContext,
} from "../../../src/data/context.ts";
import { publishedPeriods } from "../../../src/lib/indicators/index.ts";
import { withholdSeries } from "../../../scripts/lib/render.ts";
import { dataset, employment, site, welfare } from "../../fixtures/indicators/build.ts";

const SITE = "420323-0001";

function contextOf(data: ReturnType<typeof dataset>): BuildContext {
  return { model: { dataset: data, values: [] } } as unknown as BuildContext;
}

afterEach(() => {
  clearBuildContext();
});

describe("contextPlaceIndex", () => {
  test("makes the index once per build context, and anew for the next build", () => {
    const data = dataset({ sites: [site(SITE)] });
    setBuildContext(contextOf(data));
    const index = contextPlaceIndex();
    expect(contextPlaceIndex()).toBe(index);
    clearBuildContext();
    setBuildContext(contextOf(data));
    expect(contextPlaceIndex()).not.toBe(index);
  });
});

describe("withholdSeries", () => {
  test("lets the series go once indexed: the index still answers, a page reading the rows fails", () => {
    const data = dataset({
      sites: [site(SITE)],
      employment: [employment(SITE, "2021Q1"), employment(SITE, "2021Q2", { labour_persons: 40 })],
      welfare: [welfare(SITE, "2021Q1")],
    });
    setBuildContext(contextOf(data));
    const index = contextPlaceIndex();
    withholdSeries(data);

    expect(contextPlaceIndex()).toBe(index);
    expect(index.periods).toEqual(["2021Q1", "2021Q2"]);
    expect(index.rowsOf(SITE).latest.employment).toMatchObject({ period: "2021Q2", labour_persons: 40 });
    expect(index.rowsOf(SITE).latest.welfare).toMatchObject({ period: "2021Q1" });
    expect(() => data.employment.length).toThrow(
      "a page of a render shard read dataset.employment.length: render shards keep only each site's latest row",
    );
    expect(() => publishedPeriods(data)).toThrow("read dataset.employment");
    expect(() => data.services.map((row) => row.site_id)).toThrow("read dataset.services.map");
    // The other tables are the shard's as they were.
    expect(data.sites.map((row) => row.site_id)).toEqual([SITE]);
  });
});

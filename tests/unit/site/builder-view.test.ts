import { describe, expect, test } from "vitest";
import { buildDownloads } from "../../../src/lib/downloads/plan.ts";
import { describeIndicator, INDICATORS } from "../../../src/lib/indicators/index.ts";
import type { QualityReport } from "../../../src/lib/quality/types.ts";
import { builderView, type BuilderManifest } from "../../../src/lib/site/builder-view.ts";
import { dataset, employment, site, siteValue } from "../../fixtures/indicators/build.ts";

const data = dataset({
  sites: [site("420323-0001")],
  employment: [employment("420323-0001", "2021Q1"), employment("420323-0001", "2021Q2")],
});
const index = await buildDownloads(
  {
    meta: { version: "2021.2.0", created: "2021-07-15", sample: true },
    dataset: data,
    files: [],
    // The quality report is only written out as JSON; its content plays no part here.
    quality: {} as QualityReport,
    values: [siteValue("household-employment", "420323-0001", "2021Q2", 3, 4, "behind")],
  },
  () => undefined,
);
const input = {
  index,
  indicators: INDICATORS.map(describeIndicator),
  counties: [
    { code: "420304", name: { zh: "郧阳区", en: "Yunyang District" } },
    { code: "420323", name: { zh: "竹山县", en: "Zhushan County" } },
  ],
  periods: ["2021Q1", "2021Q2"],
  citation: {
    // A title with "</script>" in it must not end the script element the manifest sits in.
    title: "安居</script>",
    publisher: "十堰市易迁办",
    version: "2021.2.0",
    date: "2021-07-15",
    url: "https://anju.example/releases/2021-07-15-v2021.2.0/",
  },
  siteSlug: "Anju",
};

describe("builderView", () => {
  const view = builderView(input, "zh");
  const manifest = JSON.parse(view.manifest) as BuilderManifest;

  test("offers the contract's eleven tables, then the computed figures, opening on every site's latest", () => {
    expect(view.groups[0]!.options).toHaveLength(11);
    expect(view.groups[0]!.options[4]).toEqual({ value: "employment", label: "就业与培训" });
    expect(view.groups[1]!.options.slice(0, 2).map((o) => o.value)).toEqual(["figures", "latest"]);
    expect(view.selected).toBe("latest");
    expect(view.periods).toEqual([
      { value: "2021Q1", label: "2021年第1季度" },
      { value: "2021Q2", label: "2021年第2季度" },
    ]);
    expect(view.counties.map((c) => c.label)).toEqual(["郧阳区", "竹山县"]);
  });

  test("tells the browser where each source's files are: the whole table, and each county's slice", () => {
    const employmentSource = manifest.sources.find((s) => s.key === "employment")!;
    expect(employmentSource.whole?.path).toBe("employment.csv");
    expect(Object.keys(employmentSource.slices!).sort()).toEqual(["420304", "420323"]);
    expect(employmentSource.slices!["420323"]!.path).toBe("county/420323/employment.csv");
    expect(employmentSource.time).toEqual({ column: "period", kind: "period" });
    const perSite = manifest.sources.find((s) => s.key === "sites/household-employment")!;
    expect(perSite.whole).toBeNull();
    expect(perSite.slices!["420323"]!.path).toBe("county/420323/indicators/household-employment.csv");
    // Indicators with no site level have no per-site source.
    expect(manifest.sources.some((s) => s.key === "sites/priority-fund-share")).toBe(false);
  });

  test("writes the release and citation at the head of the README, and no '<' a site name could close the script with", () => {
    expect(manifest.readmeHead).toContain("数据版本：2021.2.0");
    expect(manifest.readmeHead).toContain(
      "引用方式：十堰市易迁办．安居</script>（版本 2021.2.0，2021-07-15）",
    );
    expect(view.manifest).not.toContain("<");
  });
});

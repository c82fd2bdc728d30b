import { describe, expect, test } from "vitest";
import type { TableDownloads } from "../../../src/lib/downloads/plan.ts";
import { tableByName } from "../../../src/lib/schema/index.ts";
import { dataTablePage, type DataTableInput } from "../../../src/lib/site/data-table-view.ts";
import { site } from "../../fixtures/indicators/build.ts";

const file = (path: string) => ({ path, bytes: 1234, sha256: "ab".repeat(32) });

const downloads: TableDownloads = {
  name: "sites",
  rows: 12,
  identicalToInput: true,
  editions: { csv: file("sites.csv"), geojson: file("sites.geojson") },
};

const input = (overrides: Partial<DataTableInput> = {}): DataTableInput => ({
  table: tableByName("sites"),
  rows: [site("420323-0001"), site("420323-0002")],
  downloads,
  releaseId: "2026-12-01-v1",
  meta: { version: "1.0.0", created: "2026-12-01" },
  siteUrl: "https://anju.example/",
  siteTitle: { zh: "安居", en: "Anju" },
  organizer: undefined,
  periods: ["2019Q4", "2021Q2"],
  ...overrides,
});

describe("dataTablePage", () => {
  test("lists the table's editions in the order csv, excel, json, geojson, linked under /data/", () => {
    const page = dataTablePage(input(), "en");
    expect(page.downloads.files.map((f) => [f.name, f.href])).toEqual([
      ["sites.csv", "/data/sites.csv"],
      ["sites.geojson", "/data/sites.geojson"],
    ]);
    expect(page.downloads.caption).toBe(`${page.downloads.heading}: ${page.title}`);
  });

  test("previews the first rows with the CSV's columns and says how many of how many", () => {
    const page = dataTablePage(input(), "en");
    expect(page.preview.columns).toEqual(tableByName("sites").columns);
    expect(page.preview.rows).toHaveLength(2);
    expect(page.preview.rows[0]![0]).toBe("420323-0001");
    expect(page.preview.caption).toBe(`${page.preview.heading}: sites.csv (2 / 12)`);
  });

  test("links the release and cites its permanent address, per language", () => {
    const zh = dataTablePage(input(), "zh");
    const en = dataTablePage(input(), "en");
    expect(zh.facts.version).toMatchObject({ text: "1.0.0", href: "/releases/2026-12-01-v1/" });
    expect(en.facts.version.href).toBe("/en/releases/2026-12-01-v1/");
    expect(en.citation).toEqual({
      title: `Anju: ${en.title} (sites.csv)`,
      url: "https://anju.example/releases/2026-12-01-v1/sites.csv",
    });
    expect(zh.breadcrumbs.back.href).toBe("/data/");
  });

  test("names the organizer as publisher when there is one, else the site", () => {
    const publisher = (page: ReturnType<typeof dataTablePage>) =>
      (page.jsonLd.publisher as { name: string }).name;
    expect(publisher(dataTablePage(input(), "en"))).toBe("Anju");
    expect(publisher(dataTablePage(input({ organizer: { zh: "十堰市", en: "Shiyan" } }), "en"))).toBe(
      "Shiyan",
    );
    expect(dataTablePage(input({ periods: [] }), "en").jsonLd.temporalCoverage).toBeUndefined();
  });

  test("says whether each column is required in the dictionary", () => {
    const page = dataTablePage(input(), "en");
    const siteId = page.dictionary.entries.find((e) => e.name === "site_id")!;
    expect(siteId.required).toBe(true);
    expect(siteId.requiredText).not.toBe("");
  });
});

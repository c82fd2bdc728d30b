import { describe, expect, test } from "vitest";
import type { ReleaseChanges } from "../../../src/lib/releases/diff.ts";
import { indexPlaces } from "../../../src/lib/site/places.ts";
import {
  changedCellsTable,
  movedIndicatorsTable,
  releasePage,
  type ReleaseInput,
} from "../../../src/lib/site/release-view.ts";
import { dataset } from "../../fixtures/indicators/build.ts";

const places = indexPlaces(dataset());
const SITE = "https://anju.example/";

const manifest: ReleaseInput["manifest"] = {
  id: "2026-12-01-v2",
  version: "2.0.0",
  created: "2026-12-01",
  sample: true,
  method_version: "1",
  files: [
    { path: "sites.csv", bytes: 10, sha256: "a".repeat(64) },
    { path: "anju-data.zip", bytes: 20, sha256: "b".repeat(64) },
  ],
};

const changes: ReleaseChanges = {
  from: "2026-09-01-v1",
  to: "2026-12-01-v2",
  tables: [
    {
      name: "sites",
      added: 3,
      removed: 0,
      changed: 1,
      cellsChanged: 1,
      addedKeys: ["420323-0009", "420323-0010"],
      removedKeys: [],
      cells: [{ key: "420323-0001", column: "village_name", old: "", new: "东村" }],
    },
    {
      name: "funds",
      added: 0,
      removed: 0,
      changed: 0,
      cellsChanged: 0,
      addedKeys: [],
      removedKeys: [],
      cells: [],
    },
  ],
  indicators: [
    {
      indicator: "household-employment",
      level: "county",
      code: "420323",
      period: "2021Q2",
      old: { value: 0.5, status: "behind" },
      new: null,
    },
  ],
  indicatorsMoved: 1,
};

describe("releasePage", () => {
  test("a first release says so and lists its files with SHA256SUMS last, under its folder", () => {
    const page = releasePage({ manifest, changes: null, errata: null }, places, SITE, "en");
    expect(page.changes).toBeNull();
    expect(page.previous).toEqual({ text: "First release" });
    expect(page.files.map((f) => [f.label, f.href])).toEqual([
      ["CSV", "/releases/2026-12-01-v2/sites.csv"],
      ["ZIP", "/releases/2026-12-01-v2/anju-data.zip"],
      ["SHA256SUMS", "/releases/2026-12-01-v2/SHA256SUMS"],
    ]);
    expect(page.version).toBe("2.0.0 (Sample data)");
    expect(page.citation.url).toBe("https://anju.example/releases/2026-12-01-v2/");
  });

  test("links the release before and details only the tables that changed", () => {
    const page = releasePage({ manifest, changes, errata: null }, places, SITE, "zh");
    expect(page.previous).toEqual({ id: "2026-09-01-v1", href: "/releases/2026-09-01-v1/" });
    expect(page.changes!.tables.map((t) => t.name)).toEqual(["sites", "funds"]);
    expect(page.changes!.changed.map((t) => t.name)).toEqual(["sites"]);
    const sites = page.changes!.changed[0]!;
    expect(sites.added).toEqual({ keys: ["420323-0009", "420323-0010"], note: "仅列出前 2 项，共 3 项。" });
    expect(sites.removed).toBeNull();
    expect(sites.cells[0]!.old).not.toBe("");
    expect(sites.cellsNote).toBeNull();
  });

  test("names the indicator, the place and both sides of a moved value", () => {
    const page = releasePage({ manifest, changes, errata: null }, places, SITE, "en");
    expect(page.changes!.indicators).toEqual([
      {
        href: "/en/indicators/household-employment/",
        title: "Household employment",
        place: "Zhushan County",
        period: "Q2 2021",
        old: "50.0%",
        new: "—",
        status: "Behind → —",
      },
    ]);
    expect(page.changes!.indicatorsNote).toBeNull();
  });
});

describe("the release page's tables", () => {
  const page = releasePage({ manifest, changes, errata: null }, places, SITE, "en");

  test("a changed cell shows its row key and column as code, an empty side in words", () => {
    const table = changedCellsTable(page.changes!.changed[0]!, "en");
    expect(table.caption).toBe("Cells changed: sites");
    expect(table.columns.map((c) => c.label)).toEqual(["Row (key)", "Column", "Before", "After"]);
    expect(table.rows).toEqual([
      {
        key: { text: "420323-0001", code: true },
        column: { text: "village_name", code: true },
        old: "(empty)",
        new: "东村",
      },
    ]);
  });

  test("a moved value links its indicator, its two sides numbers", () => {
    const table = movedIndicatorsTable(page.changes!.indicators, "zh");
    expect(table.caption).toBe("变动的指标（市级和县级）");
    expect(table.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(["old", "new"]);
    expect(table.rows[0]!.indicator).toEqual({
      text: "Household employment",
      href: "/en/indicators/household-employment/",
    });
    expect(table.rows[0]!.status).toBe("Behind → —");
  });
});

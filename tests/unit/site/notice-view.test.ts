import { describe, expect, test } from "vitest";
import { parseSiteConfig, type SiteConfig } from "../../../src/lib/site/config.ts";
import decodeQR from "qr/decode.js";
import {
  countyNoticeView,
  qrModules,
  qrModulesPath,
  qrSvg,
  siteNoticeView,
} from "../../../src/lib/site/notice-view.ts";
import { buildPlaceIndex } from "../../../src/lib/site/site-index.ts";
import { dataset, employment, site, siteValue } from "../../fixtures/indicators/build.ts";

function config(siteUrl: string, publisher: object = {}): SiteConfig {
  const parsed = parseSiteConfig(
    JSON.stringify({
      siteUrl,
      title: { zh: "安居", en: "Anju" },
      publisher,
      tiles: null,
      guards: { allowedHosts: [], deniedPhrases: [] },
    }),
    "site.json",
  );
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.config;
}

// Two sites of 竹山县; the published values are made by hand: at A, household employment 3 of 4
// (behind its target of 100%) and an industry plan (met); training has nothing to count (no data);
// benefit linkage 1 of 2, a measure the policy sets no target for.
// B has one value: household employment 2 of 2 (met).
const A = "420323-0001";
const B = "420323-0002";
const data = dataset({
  sites: [
    site(A, { name_zh: "河东安置点", township_name: "城关镇" }),
    site(B, { name_zh: "河西安置点", township_name: "城关镇" }),
  ],
  employment: [employment(A, "2021Q1"), employment(A, "2021Q2")],
});
const index = buildPlaceIndex({
  dataset: data,
  values: [
    siteValue("household-employment", A, "2021Q2", 3, 4, "behind"),
    siteValue("industry-plan-coverage", A, "2021Q2", 1, 1, "met"),
    siteValue("training-coverage", A, "2021Q2", 0, 0, "no-data"),
    siteValue("benefit-linkage-rate", A, "2021Q2", 1, 2, "no-target"),
    siteValue("household-employment", B, "2021Q2", 2, 2, "met"),
  ],
});
const release = { version: "2021.2.0", created: "2021-07-15" };

describe("siteNoticeView", () => {
  test("prints each measure with a target: its value, the target and met or not in words", () => {
    const view = siteNoticeView(index, A, "zh", config("https://anju.shiyan.gov.cn/"), release)!;
    expect(view.name).toBe("河东安置点");
    expect(view.township).toBe("城关镇");
    const byTitle = Object.fromEntries(view.measures.map((m) => [m.title, m]));
    expect(byTitle["有劳动力家庭就业率"]).toMatchObject({
      value: "75.0%",
      fraction: "3 / 4",
      target: "≥ 100.0%",
      statusText: "未达标",
      symbol: "✗",
    });
    expect(byTitle["产业发展规划覆盖率"]).toMatchObject({ value: "是", target: "是", statusText: "达标" });
    expect(byTitle["技能培训覆盖率"]).toMatchObject({ statusText: "无数据" });
    // Only measures with a target are printed: the three above, not benefit linkage (no target).
    expect(view.measures.map((m) => m.title).sort()).toEqual(
      ["产业发展规划覆盖率", "技能培训覆盖率", "有劳动力家庭就业率"].sort(),
    );
  });

  test("says which release and quarter it reports, and the release date, not the build's", () => {
    const view = siteNoticeView(index, A, "en", config("https://anju.shiyan.gov.cn/"), release)!;
    expect(view.source).toMatchObject({ period: "Q2 2021", version: "2021.2.0", released: "15 July 2021" });
  });

  test("its QR code leads to the site's page on the configured site, in the notice's language", () => {
    const zh = siteNoticeView(index, A, "zh", config("https://anju.shiyan.gov.cn/"), release)!;
    const en = siteNoticeView(index, A, "en", config("https://anju.shiyan.gov.cn/portal/"), release)!;
    expect(zh.address.url).toBe("https://anju.shiyan.gov.cn/sites/420323-0001/");
    expect(en.address.url).toBe("https://anju.shiyan.gov.cn/portal/en/sites/420323-0001/");
    expect(zh.address.unset).toBeNull();
    expect(zh.address.qrSvg).toMatch(
      /^<svg [^>]*role="img"[^>]*>.*<path d="M[^"]+" fill="none" stroke="#000"[^>]*\/><\/svg>$/,
    );
  });

  test("while siteUrl is the placeholder, says the address is not real yet", () => {
    const view = siteNoticeView(index, A, "zh", config("https://anju.example.org/"), release)!;
    expect(view.address.unset).toMatch(/网址尚未设置/);
  });

  test("names the publisher when configured, and says it is not set when not", () => {
    const unset = siteNoticeView(index, A, "en", config("https://anju.shiyan.gov.cn/"), release)!;
    expect(unset.source.publisher).toEqual([]);
    const set = siteNoticeView(
      index,
      A,
      "zh",
      config("https://anju.shiyan.gov.cn/", {
        organizer: { zh: "十堰市乡村振兴局", en: "Shiyan Rural Revitalisation Bureau" },
      }),
      release,
    )!;
    expect(set.source.publisher).toEqual(["主办单位：十堰市乡村振兴局"]);
  });

  test("is undefined for a site that does not exist", () => {
    expect(siteNoticeView(index, "420323-9999", "zh", config("https://a.example/"), release)).toBeUndefined();
  });
});

describe("countyNoticeView", () => {
  test("tallies each of its sites: met, behind, without data, and names the measures behind", () => {
    const view = countyNoticeView(index, "420323", "zh", config("https://anju.shiyan.gov.cn/"), release)!;
    expect(view.address.url).toBe("https://anju.shiyan.gov.cn/counties/420323/");
    expect(view.links.printAll).toBe("/counties/420323/notices/");
    expect(view.sites).toEqual([
      {
        id: A,
        name: "河东安置点",
        township: "城关镇",
        met: "1",
        behind: "1",
        noData: "1",
        behindTitles: "有劳动力家庭就业率",
      },
      {
        id: B,
        name: "河西安置点",
        township: "城关镇",
        met: "1",
        behind: "0",
        noData: "0",
        behindTitles: "—",
      },
    ]);
  });
});

/** The modules an SVG of `qrSvg` darkens, read back from its path: each "M x y.5 h n" darkens n modules of row y from column x. */
function darkModules(svg: string): Set<string> {
  const d = /<path d="([^"]*)"/.exec(svg)![1]!;
  expect(d.replaceAll(/M\d+ \d+\.5h\d+/g, "")).toBe("");
  const dark = new Set<string>();
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)\.5h(\d+)/g))
    for (let k = 0; k < Number(n); k++) dark.add(`${Number(x) + k},${y}`);
  return dark;
}

describe("qrSvg", () => {
  test("escapes its label and draws black on white with a four-module quiet zone", () => {
    const svg = qrSvg("https://a.example/", 'QR "<b>"');
    expect(svg).toContain('aria-label="QR &quot;&lt;b&gt;&quot;"');
    // 18 bytes at level Q need version 2 (25 modules; version 1 holds 11 bytes), plus 4 modules each side.
    expect(svg).toContain('viewBox="0 0 33 33"');
    expect(svg).toContain('<rect width="33" height="33" fill="#fff"/>');
    const dark = [...darkModules(svg)].map((module) => module.split(",").map(Number));
    expect(Math.min(...dark.flat())).toBe(4);
    expect(Math.max(...dark.flat())).toBe(28);
  });

  test("draws exactly the code's dark modules, row by row", () => {
    const url = "https://anju.example.org/en/sites/420323-0001/";
    const modules = qrModules(url);
    const dark = darkModules(qrSvg(url, "QR"));
    let count = 0;
    for (const [y, row] of modules.entries())
      for (const [x, isDark] of row.entries()) {
        expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(isDark);
        if (isDark) count++;
      }
    expect(dark.size).toBe(count);
    expect(qrSvg(url, "QR")).toContain(`<path d="${qrModulesPath(modules)}"`);
  });

  test("as drawn, reads back as the address, as a phone's camera would read it", () => {
    for (const url of [
      "https://anju.example.org/en/sites/420323-0001/",
      "https://anju.shiyan.gov.cn/portal/counties/420323/",
    ]) {
      const svg = qrSvg(url, "QR");
      const side = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
      const dark = darkModules(svg);
      // Each module as a square of 4 × 4 RGB pixels: black where the path draws, white elsewhere.
      const scale = 4;
      const width = side * scale;
      const data = new Uint8Array(width * width * 3).fill(255);
      for (let y = 0; y < width; y++)
        for (let x = 0; x < width; x++)
          if (dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`))
            data.fill(0, (y * width + x) * 3, (y * width + x + 1) * 3);
      expect(decodeQR({ width, height: width, data }, { format: "RGB" })).toBe(url);
    }
  });
});

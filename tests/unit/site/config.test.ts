/**
 * The publisher's configuration: every value is checked, and each problem names the file, the
 * field, what was expected (with what to write) and what was found. `anju build` refuses a bad
 * configuration as wrong usage (exit 2) before it reads any data.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { contentSecurityPolicy, parseSiteConfig, tileSource } from "../../../src/lib/site/config.ts";

const ROOT = join(import.meta.dirname, "../../..");
const FILE = "config/site.json";

const GOOD = {
  siteUrl: "https://anju.example.org/",
  title: { zh: "安居", en: "Anju" },
  publisher: {
    organizer: { zh: "十堰市乡村振兴局", en: "Shiyan Rural Revitalization Bureau" },
    contact: "0719-8000000",
    icp: "鄂ICP备12345678号-1",
    psb: "鄂公网安备 42030202000000号",
    governmentSiteCode: "4203000001",
  },
  tiles: {
    url: "https://tiles.example.gov.cn/{z}/{x}/{y}.png",
    attribution: { zh: "底图", en: "Base map" },
    maxZoom: 18,
  },
  guards: { allowedHosts: ["www.shiyan.gov.cn", "localhost.example:8080"], deniedPhrases: ["代开发票"] },
};

/** The configuration with one field replaced (`undefined` removes it). */
function withField(path: string, value: unknown): unknown {
  const config = structuredClone(GOOD) as Record<string, unknown>;
  const keys = path.split(".");
  let object = config;
  for (const key of keys.slice(0, -1)) object = object[key] as Record<string, unknown>;
  if (value === undefined) Reflect.deleteProperty(object, keys.at(-1)!);
  else object[keys.at(-1)!] = value;
  return config;
}

function problems(config: unknown): string[] {
  const parsed = parseSiteConfig(JSON.stringify(config), FILE);
  return parsed.ok ? [] : parsed.problems;
}

describe("parseSiteConfig", () => {
  test("accepts a configuration with every field set, and the committed one", async () => {
    expect(problems(GOOD)).toEqual([]);
    expect(parseSiteConfig(await readFile(join(ROOT, FILE), "utf8"), FILE).ok).toBe(true);
  });

  test.each([
    ["siteUrl", "javascript:alert(1)//", /siteUrl: uses the javascript: scheme.*https:\/\//],
    ["siteUrl", "data:text/html,x/", /siteUrl: uses the data: scheme/],
    ["siteUrl", "anju.example.org/", /siteUrl: expected an absolute URL starting with https:\/\//],
    [
      "siteUrl",
      "https://anju.example.org",
      /siteUrl: must end with "\/": write "https:\/\/anju.example.org\/"/,
    ],
    ["siteUrl", "HTTPS://Anju.Example.org/", /siteUrl: .*write "https:\/\/anju.example.org\/"/],
    ["siteUrl", " https://anju.example.org/", /siteUrl: has spaces at its start or end/],
    ["siteUrl", "https://user:secret@anju.example.org/", /siteUrl: carries a user name or password/],
    ["siteUrl", "https://anju.example.org/?x=1", /siteUrl: carries a query/],
    ["siteUrl", 42, /siteUrl: expected the site's public address as text/],
    ["siteUrl", undefined, /siteUrl: missing: expected the site's public address/],
    ["title", "安居", /title: expected the site's name in both languages: \{"zh"/],
    ["title.en", "", /title\.en: is empty/],
    ["title.zh", "安居\u0001", /title\.zh: holds a control character or line break \(U\+0001\)/],
    ["title.en", "Anju\nportal", /title\.en: holds a control character or line break \(U\+000A\)/],
    ["title.en", "x".repeat(201), /title\.en: is 201 characters long: shorten it to at most 200/],
    ["publisher.organizer", { zh: "局" }, /publisher\.organizer\.en: missing/],
    ["publisher.contact", "", /publisher\.contact: is empty/],
    ["publisher.icp", "ICP 12345678", /publisher\.icp: expected a number written like "鄂ICP备12345678号"/],
    [
      "publisher.psb",
      "42030202000000",
      /publisher\.psb: expected a number written like "鄂公网安备 42030202000000号"/,
    ],
    [
      "publisher.governmentSiteCode",
      "42030",
      /publisher\.governmentSiteCode: expected a number written like/,
    ],
    ["tiles.url", "https://tiles.example.gov.cn/{z}.png", /tiles\.url: has no \{x\}, \{y\}/],
    ["tiles.url", "javascript:{z}{x}{y}", /tiles\.url: expected an absolute https:\/\//],
    ["tiles.maxZoom", 23, /tiles\.maxZoom: expected a whole number from 1 to 22; found 23/],
    ["tiles.maxZoom", 1.5, /tiles\.maxZoom: expected a whole number from 1 to 22; found 1\.5/],
    ["guards.allowedHosts", "github.com", /guards\.allowedHosts: expected a list of host names/],
    [
      "guards.allowedHosts",
      ["https://github.com/x"],
      /allowedHosts\[0\]: is a URL, not a host name: write "github.com"/,
    ],
    [
      "guards.allowedHosts",
      ["GitHub.com"],
      /allowedHosts\[0\]: write host names in lower case: "github.com"/,
    ],
    ["guards.allowedHosts", ["github.com/anju"], /allowedHosts\[0\]: expected a host name/],
    // An empty phrase would match every file and stop every build.
    ["guards.deniedPhrases", ["代开发票", " "], /deniedPhrases\[1\]: is empty/],
  ])("refuses %s = %j and says what to write", (path, value, expected) => {
    const found = problems(withField(path, value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}: `));
    expect(found[0]).toMatch(expected);
  });

  test("names the value it found", () => {
    expect(problems(withField("siteUrl", "javascript:alert(1)//"))[0]).toMatch(
      /found "javascript:alert\(1\)\/\/"\.$/,
    );
  });

  test.each([
    ["siteURL", "siteURL"],
    ["publisher.organiser", "publisher.organiser"],
    ["guards.allowedHost", "guards.allowedHost"],
  ])("refuses the unknown field %s instead of ignoring it", (path, field) => {
    const found = problems(withField(path, ["x"]));
    expect(found).toEqual([
      `${FILE}: ${field}: Anju has no such field: remove it or correct its spelling (names are case-sensitive).`,
    ]);
  });

  test("says where JSON that does not parse is, and that a list is not a configuration", () => {
    expect(parseSiteConfig('{"siteUrl": }', FILE)).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^config\/site\.json: is not valid JSON \(.*\)\. Check the commas and quotes\.$/,
        ),
      ],
    });
    expect(problems([])).toEqual([
      `${FILE}: (the whole file): expected the configuration as one JSON object; found [].`,
    ]);
  });
});

describe("anju build with a bad configuration", () => {
  let work = "";
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "anju-config-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test("stops with exit 2 and the field's problem before reading any data", async () => {
    const config = join(work, "site.json");
    await writeFile(config, JSON.stringify(withField("siteUrl", "javascript:alert(1)//")));
    const effects = recordingEffects(ROOT);
    const code = await main(
      ["build", join(ROOT, "tests/fixtures/site-small"), "--out", join(work, "site"), "--config", config],
      effects,
    );
    const log = effects.stderr.join("\n");
    expect(code, log).toBe(2);
    expect(log).toMatch(/site\.json: siteUrl: uses the javascript: scheme/);
    expect(log).not.toMatch(/▸ validate/);
  });
});

describe("tileSource", () => {
  it("names the tile server's origin for the CSP and its host for the output checks", () => {
    expect(tileSource("https://Tiles.Example.gov.cn:8443/{z}/{x}/{y}.png")).toEqual({
      source: "https://tiles.example.gov.cn:8443",
      host: "tiles.example.gov.cn:8443",
    });
    expect(tileSource("http://127.0.0.1:4463/{z}/{x}/{y}.png").source).toBe("http://127.0.0.1:4463");
  });

  it("allows every subdomain of a {s} template", () => {
    expect(tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png").source).toBe(
      "https://*.tile.example.org",
    );
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts and styles only from the site itself, with no hashes and no inline", () => {
    const policy = contentSecurityPolicy({ tiles: null });
    const directives = new Map(
      policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]),
    );
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("style-src")).toBe("'self'");
    expect(directives.get("img-src")).toBe("'self' data:");
    expect(directives.get("object-src")).toBe("'none'");
    expect(policy).not.toMatch(/unsafe|sha256/);
  });

  it("lets images come from a configured tile server", () => {
    const tiles = {
      url: "https://{s}.tile.example.org/{z}/{x}/{y}.png",
      attribution: { zh: "底图", en: "Tiles" },
      maxZoom: 18,
      gcj02: false,
    };
    const policy = contentSecurityPolicy({ tiles });
    expect(policy).toContain("img-src 'self' data: https://*.tile.example.org;");
  });
});

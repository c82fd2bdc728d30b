/**
 * The output guards as the build runs them (scripts/lib/output-checks.ts): each guard on a small
 * built site written here, and the same findings in the same order whatever the number of workers;
 * the hash of every file, made as the files are read, is the list the release record keeps; and
 * the same outcome when a folder is written while the rest is checked (the search index).
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatSha256Sums } from "../../../src/lib/downloads/checksums.ts";
import type { GuardRules } from "../../../src/lib/publish/guards.ts";
import { siteSums } from "../../../scripts/lib/build-record.ts";
import { checkOutput, checkOutputWhile, type OutputCheck } from "../../../scripts/lib/output-checks.ts";

const RULES: GuardRules = {
  siteHost: "anju.example.org",
  allowedHosts: ["www.shiyan.gov.cn"],
  deniedPhrases: ["代开发票"],
};

const CLEAN_PAGE = `<!doctype html><html lang="zh-CN"><body><a href="/sites/">安置点</a>
<a href="https://anju.example.org/en/">English</a> <a href="https://www.shiyan.gov.cn/zwgk/">十堰市人民政府</a>
<p>就业人数 12,345；安置点 420323-0001；2019年第4季度 84.6%</p></body></html>`;

/** What the checks found, whatever the threads that found it. */
const outcome = ({ files, findings, sums }: OutputCheck) => ({ files, findings, sums });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "anju-output-checks-"));
  const files: Record<string, string> = {
    "index.html": CLEAN_PAGE,
    "a/foreign/index.html": '<a href="https://ads.example.com/">x</a><img src="//cdn.example.net/x.png">',
    "a/script-url/index.html": '<a href="javascript:alert(1)">x</a>',
    "b/spam/index.html": "<p>千亿国际开户送彩金</p>",
    "b/configured/index.html": "<p>专业代开发票</p>",
    "b/english/index.html": "<p>Play online Casino games</p>",
    "c/id.csv": "site_id,note\n420323-0001,11010519491231002X\n",
    "c/mobile/index.html": "<p>联系 13812345678</p>",
    "c/card.json": '{"note":"4111111111111111"}\n',
    "d/broken.json": '{"name":"\uFFFD"}',
    // Folded as the validator folds cells: hidden by a zero-width space, in other digits, or a landline.
    "e/landline/index.html": "<p>办公室电话（0719）8123456转12</p>",
    "e/split-id.csv": "note\n1101\u200B0519491231002X\n",
    "e/bold-mobile.json":
      '{"note":"\u{1D7CF}\u{1D7D1}\u{1D7D6}\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}\u{1D7D3}\u{1D7D4}\u{1D7D5}\u{1D7D6}"}',
    "e/split-spam/index.html": "<p>博\u200D彩</p>",
    "d/bom/index.html": "\uFEFF<p>x</p>",
    // Every XML file is parsed: a control character, an unescaped ampersand, an unclosed element.
    "e/control/feed.xml": '<?xml version="1.0"?><feed><title>v1\u0001</title></feed>',
    "e/ampersand/sitemap.xml": "<urlset><loc>https://anju.example.org/?a=1&b=2</loc></urlset>",
    "e/unclosed.svg": '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
    "e/well-formed.xml":
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A &amp; B</title></feed>',
    // The Excel edition carries a BOM on purpose; only HTML and JSON must not.
    "excel/sites.csv": "\uFEFFsite_id\n420323-0001\n",
    // Pagefind's own index is binary and skipped; images are not text.
    "pagefind/fragment.json": "千亿国际",
    "favicon.png": "千亿国际",
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("checkOutput", () => {
  test("finds each kind of problem, in file order, and passes clean and allowed files", async () => {
    const { files, findings } = await checkOutput(dir, RULES, { workers: 1 });
    expect(files).toBe(20);
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      ["a/foreign/index.html", "foreign-link"],
      ["a/foreign/index.html", "foreign-link"],
      ["a/script-url/index.html", "foreign-link"],
      ["b/configured/index.html", "denied-text"],
      ["b/english/index.html", "denied-text"],
      ["b/spam/index.html", "denied-text"],
      ["b/spam/index.html", "denied-text"],
      ["c/card.json", "personal-data"],
      ["c/id.csv", "personal-data"],
      ["c/mobile/index.html", "personal-data"],
      ["d/bom/index.html", "stray-bom"],
      ["d/broken.json", "replacement-character"],
      ["e/ampersand/sitemap.xml", "invalid-xml"],
      ["e/bold-mobile.json", "personal-data"],
      ["e/control/feed.xml", "invalid-xml"],
      ["e/landline/index.html", "personal-data"],
      ["e/split-id.csv", "personal-data"],
      ["e/split-spam/index.html", "denied-text"],
      ["e/unclosed.svg", "invalid-xml"],
    ]);
    expect(findings[0]!.detail).toContain("ads.example.com");
    expect(findings[1]!.detail).toContain("cdn.example.net");
    expect(findings[2]!.detail).toContain("javascript:");
    expect(findings.find((f) => f.file === "c/id.csv")!.detail).toContain("resident-id");
    expect(findings.find((f) => f.file === "c/mobile/index.html")!.detail).toContain("mobile");
    expect(findings.find((f) => f.file === "c/card.json")!.detail).toContain("bank-card");
    expect(findings.find((f) => f.file === "e/landline/index.html")!.detail).toContain("landline");
    expect(findings.find((f) => f.file === "e/split-id.csv")!.detail).toContain("resident-id");
    expect(findings.find((f) => f.file === "e/bold-mobile.json")!.detail).toContain("mobile");
  });

  test("gives the same findings in the same order with several workers", async () => {
    const one = await checkOutput(dir, RULES, { workers: 1 });
    const three = await checkOutput(dir, RULES, { workers: 3 });
    expect(outcome(three)).toEqual(outcome(one));
  });

  test("hashes every file when asked, text or not, the same list whatever the number of workers", async () => {
    const plain = await checkOutput(dir, RULES, { workers: 2 });
    expect(plain.sums).toEqual([]);
    const hashed = await checkOutput(dir, RULES, { workers: 3, hash: true });
    // The checks are the same; the list covers the 22 files, Pagefind's and the image included.
    expect(hashed.files).toBe(20);
    expect(hashed.findings).toEqual(plain.findings);
    expect(hashed.sums.map((sum) => sum.path)).toEqual([...hashed.sums.map((sum) => sum.path)].sort());
    expect(hashed.sums).toHaveLength(22);
    const png = hashed.sums.find((sum) => sum.path === "favicon.png")!;
    expect(png.sha256).toBe(createHash("sha256").update("千亿国际", "utf8").digest("hex"));
    expect(formatSha256Sums(hashed.sums)).toBe(await siteSums(dir));
    expect((await checkOutput(dir, RULES, { workers: 1, hash: true })).sums).toEqual(hashed.sums);
  });
});

describe("checkOutputWhile", () => {
  /** A copy of the test site, and a writer that adds a folder `late/` to it. */
  async function siteAndWriter() {
    const copy = await mkdtemp(join(tmpdir(), "anju-output-checks-while-"));
    await cp(dir, copy, { recursive: true });
    const write = async () => {
      // Written after the checks of the other files have begun.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await mkdir(join(copy, "late", "index"), { recursive: true });
      await writeFile(join(copy, "late", "index", "page.html"), "<p>千亿国际开户</p>");
      await writeFile(join(copy, "late", "chunk.bin"), "千亿国际");
      return "written";
    };
    return { copy, write, cleanUp: () => rm(copy, { recursive: true, force: true }) };
  }

  test("checks and hashes every file, the folder's too, as checkOutput does after the writing", async () => {
    const { copy, write, cleanUp } = await siteAndWriter();
    try {
      const { written, check } = await checkOutputWhile(copy, RULES, "late", write, {
        workers: 2,
        hash: true,
      });
      expect(written).toBe("written");
      expect(outcome(check)).toEqual(outcome(await checkOutput(copy, RULES, { workers: 1, hash: true })));
      expect(check.files).toBe(21);
      expect(check.findings.filter((f) => f.file === "late/index/page.html").map((f) => f.code)).toEqual([
        "denied-text",
        "denied-text",
      ]);
      expect(check.sums.map((sum) => sum.path)).toContain("late/chunk.bin");
      expect(formatSha256Sums(check.sums)).toBe(await siteSums(copy));
    } finally {
      await cleanUp();
    }
  });

  test("checks on one thread fewer while the folder is written, and on all of them once it is", async () => {
    const { copy, cleanUp } = await siteAndWriter();
    try {
      // Batches are left when a writing that ends at once has ended: the threads take a while to start.
      for (let i = 0; i < 200; i++) await writeFile(join(copy, `many-${i}.html`), CLEAN_PAGE);
      const quick = async () => mkdir(join(copy, "late"));
      const { check } = await checkOutputWhile(copy, RULES, "late", quick, { workers: 3 });
      expect(check.threads).toEqual({ first: 2, added: 1 });
      const alone = await checkOutput(copy, RULES, { workers: 3 });
      expect(alone.threads).toEqual({ first: 3, added: 0 });
      expect(check.findings).toEqual(alone.findings);
      expect(check.files).toBe(alone.files);
      // Never fewer than one.
      await rm(join(copy, "late"), { recursive: true });
      const single = await checkOutputWhile(copy, RULES, "late", quick, { workers: 1 });
      expect(single.check.threads).toEqual({ first: 1, added: 0 });
    } finally {
      await cleanUp();
    }
  });

  test("fails when the writer writes outside its folder, or the folder is there already", async () => {
    const { copy, write, cleanUp } = await siteAndWriter();
    try {
      const stray = async () => {
        await write();
        await writeFile(join(copy, "stray.html"), "<p>千亿国际开户</p>");
      };
      await expect(checkOutputWhile(copy, RULES, "late", stray, { workers: 1 })).rejects.toThrow(
        /outside late\/.*stray\.html/,
      );
      await expect(checkOutputWhile(copy, RULES, "late", write, { workers: 1 })).rejects.toThrow(
        /late\/ is already in/,
      );
    } finally {
      await cleanUp();
    }
  });

  test("passes on the writer's failure, after the checks have ended", async () => {
    const { copy, cleanUp } = await siteAndWriter();
    try {
      const failing = () => Promise.reject(new Error("Pagefind could not start"));
      await expect(checkOutputWhile(copy, RULES, "late", failing, { workers: 1 })).rejects.toThrow(
        "Pagefind could not start",
      );
    } finally {
      await cleanUp();
    }
  });
});

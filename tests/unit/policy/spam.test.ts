import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  EDITORIAL_NOTES,
  INDICATOR_CLAUSES,
  POLICY_MEASURES,
  POLICY_META,
  POLICY_NOTICE,
  POLICY_PARTS,
  POLICY_PREAMBLE,
} from "../../../src/lib/policy/document.ts";
import {
  DEFAULT_DENYLIST,
  findDenied,
  type DeniedMatch,
  type DenyRule,
} from "../../../src/lib/policy/spam.ts";

const ROOT = join(import.meta.dirname, "../../..");
const CAPTURED = readFileSync(
  join(import.meta.dirname, "fixtures/captured-page.spam-and-lost-characters.txt"),
  "utf8",
);

describe("findDenied", () => {
  test("finds the spam line injected at the top of the captured page", () => {
    expect(findDenied("亚博app首页")).toEqual([{ rule: "yabo", text: "亚博", index: 0 }]);
  });

  test("finds every gambling term in the spam line injected at the foot of the page, with its position", () => {
    expect(findDenied("千亿国际开户博狗棋牌app博狗棋牌app")).toEqual([
      { rule: "qianyi", text: "千亿国际", index: 0 },
      { rule: "account-opening", text: "开户", index: 4 },
      { rule: "bodog", text: "博狗", index: 6 },
      { rule: "qipai", text: "棋牌", index: 8 },
      { rule: "bodog", text: "博狗", index: 13 },
      { rule: "qipai", text: "棋牌", index: 15 },
    ]);
  });

  test("flags exactly the two injected lines of the captured page and nothing in the document", () => {
    const lines = findDenied(CAPTURED).map((m) => CAPTURED.slice(0, m.index).split("\n").length);
    expect([...new Set(lines)]).toEqual([1, 87]);
  });

  test("finds English gambling terms whatever their case", () => {
    expect(findDenied("Online CASINO and Baccarat")).toEqual([
      { rule: "gambling-en", text: "CASINO", index: 7 },
      { rule: "gambling-en", text: "Baccarat", index: 18 },
    ]);
  });

  test("finds account opening next to a lottery offer", () => {
    expect(findDenied("彩票开户送彩金")).toEqual([
      { rule: "lottery", text: "彩票", index: 0 },
      { rule: "account-opening", text: "开户", index: 2 },
    ]);
  });

  test.each([
    ["the lottery welfare fund", "中央专项彩票公益金支持易地扶贫搬迁后续产业"],
    ["a common room for cards and chess", "社区服务中心设有棋牌室和阅览室"],
    ["spinach as a crop", "安置点菜园种植菠菜、白菜"],
    ["an amount of money", "投入资金超过千亿元"],
    ["a bank account", "开户银行：中国农业银行十堰分行"],
    ["an expo", "参加东亚博览会"],
    ["the word 'play' in English", "Children play in the square; a casual meeting"],
  ])("does not flag %s", (_, text) => {
    expect(findDenied(text)).toEqual([]);
  });

  test("does not flag anything in the cleaned policy, its notes or its pages", () => {
    const texts = [
      ...Object.values(POLICY_META).filter((v): v is string => typeof v === "string"),
      POLICY_NOTICE.addresseesZh,
      ...POLICY_NOTICE.paragraphsZh,
      POLICY_NOTICE.summaryEn,
      ...POLICY_PREAMBLE,
      ...POLICY_PARTS.flatMap((p) => [p.headingZh, p.titleEn, ...p.textZh, p.summaryEn ?? ""]),
      ...POLICY_MEASURES.flatMap((m) => [m.titleZh, m.titleEn, m.summaryEn, ...m.textZh]),
      ...Object.values(INDICATOR_CLAUSES),
      ...EDITORIAL_NOTES.flatMap((n) => [n.footnoteZh, n.whyEn]),
      readFileSync(join(ROOT, "content/policy/zh.mdx"), "utf8"),
      readFileSync(join(ROOT, "content/policy/en.mdx"), "utf8"),
    ];
    for (const text of texts) expect(findDenied(text), text.slice(0, 40)).toEqual([]);
  });

  test("searches with the list it is given", () => {
    const list = [{ id: "test", pattern: /扶贫车间/u, why: "for the test" }];
    expect(findDenied("亚博扶贫车间", list)).toEqual([{ rule: "test", text: "扶贫车间", index: 2 }]);
  });

  // findDenied screens each group of rules with one pattern before searching with each rule: it
  // must find what each rule finds searching the whole text alone.
  const eachRuleAlone = (text: string, list: readonly DenyRule[]): DeniedMatch[] =>
    list
      .flatMap(({ id, pattern }) =>
        [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((match) => ({
          rule: id,
          text: match[0],
          index: match.index,
        })),
      )
      .sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule));

  test("finds what each rule alone finds, in texts mixing the rules' words and their exceptions", () => {
    const list = [
      ...DEFAULT_DENYLIST,
      { id: "configured-1", pattern: /a\.b/i, why: "a configured phrase" },
      { id: "configured-2", pattern: /扶贫车间/i, why: "a configured phrase" },
    ];
    const pieces = [
      ...[
        "亚博",
        "亚博会",
        "YaBo",
        "博狗",
        "BODOG",
        "千亿体育",
        "千亿元",
        "棋牌",
        "棋牌室",
        "开户",
        "开户银行",
      ],
      ...["彩票", "彩票公益金", "赌场", "百家乐", "菠菜网", "菠菜", "必威", "体育APP", "送彩金"],
      ...["Casino", "casinos", "ſlot machine", "slot machines", "poker", "pokerface", "A.B", "a-b"],
      ...["扶贫车间", "安置点", "，", "。", "\n", " ", "x", "_", "1", "K"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        expect(findDenied(text, list)).toEqual(eachRuleAlone(text, list));
      }),
      { numRuns: 2000 },
    );
  });

  test("keeps apart a rule that refers back to its own groups", () => {
    // Joined after another rule's group, "back"'s \2 would refer to (a), and "abb" be missed.
    const list = [
      { id: "first", pattern: /(c)d/u, why: "for the test" },
      { id: "back", pattern: /(a)(b)\2/u, why: "for the test" },
      { id: "named", pattern: /(?<x>e)\k<x>/u, why: "for the test" },
    ];
    expect(findDenied("abb", list)).toEqual([{ rule: "back", text: "abb", index: 0 }]);
    expect(findDenied("ee", list)).toEqual([{ rule: "named", text: "ee", index: 0 }]);
    expect(findDenied("abb ee cd", list)).toEqual([
      { rule: "back", text: "abb", index: 0 },
      { rule: "named", text: "ee", index: 4 },
      { rule: "first", text: "cd", index: 7 },
    ]);
  });

  test("every default rule has an id of its own and no global flag", () => {
    const ids = DEFAULT_DENYLIST.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DEFAULT_DENYLIST) expect(rule.pattern.flags, rule.id).not.toContain("g");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  EDITORIAL_NOTES,
  INDICATOR_CLAUSES,
  POLICY_EDITORS_NOTE_ZH,
  POLICY_MEASURES,
  POLICY_META,
  POLICY_NOTICE,
  POLICY_PARTS,
  POLICY_PREAMBLE,
  POLICY_PREAMBLE_SUMMARY_EN,
  POLICY_SUMMARY_NOTE_EN,
} from "../../../src/lib/policy/document.ts";
import { renderPolicyEnMdx, renderPolicyZhMdx } from "../../../src/lib/policy/mdx.ts";

const ROOT = join(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const ZH_MDX = read("content/policy/zh.mdx");
const EN_MDX = read("content/policy/en.mdx");
const DOCUMENT_TS = read("src/lib/policy/document.ts");
const CAPTURED = readFileSync(
  join(import.meta.dirname, "fixtures/captured-page.spam-and-lost-characters.txt"),
  "utf8",
);

// The 18 indicator ids with the measure that each tracks, written out by hand from the measures' text.
const MEASURE_OF_INDICATOR: Record<string, number> = {
  "industry-plan-coverage": 1,
  "leading-industry-coverage": 2,
  "benefit-linkage-rate": 3,
  "training-coverage": 4,
  "household-employment": 5,
  "workshop-coverage-200-plus": 5,
  "employment-service-coverage": 6,
  "facility-completeness": 7,
  "three-haves-rate": 8,
  "independent-community-800-plus": 8,
  "party-organization-coverage": 9,
  "property-certificate-rate": 11,
  "transfer-restriction-violations": 11,
  "medical-insurance-rate": 12,
  "pension-insurance-rate": 12,
  "hukou-transfer-rate": 12,
  "priority-fund-share": 14,
  "rectification-rate": 16,
};

/** Every Chinese string of the typed document, in reading order. */
const zhTexts = (): string[] => [
  POLICY_NOTICE.addresseesZh,
  ...POLICY_NOTICE.paragraphsZh,
  POLICY_NOTICE.attachmentZh,
  POLICY_NOTICE.signatureZh,
  POLICY_NOTICE.dateZh,
  POLICY_META.titleLineZh,
  ...POLICY_PREAMBLE,
  ...POLICY_PARTS.flatMap((part) => [
    part.headingZh,
    ...part.textZh,
    ...POLICY_MEASURES.filter((m) => m.part === part.number).flatMap((m) => [
      `${m.number}.${m.titleZh}。${m.textZh[0] ?? ""}`,
      ...m.textZh.slice(1),
    ]),
  ]),
];

const withoutRestorations = (text: string) => text.replace(/\[[^\]]*\]/gu, "");
// The capture has half-width punctuation; the published text writes it full-width.
const HALF_TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };
const toFullWidth = (text: string) => text.replace(/[,:;()]/gu, (c) => HALF_TO_FULL[c]!);
const toHalfWidth = (text: string) =>
  text.replace(/[，：；（）]/gu, (c) => Object.entries(HALF_TO_FULL).find(([, full]) => full === c)![0]);

describe("the structure of the document", () => {
  test("has six parts numbered 1 to 6 in order, with the document's titles", () => {
    expect(POLICY_PARTS.map((p) => [p.number, p.anchor, p.titleZh])).toEqual([
      [1, "part-1", "总体要求"],
      [2, "part-2", "发展安置点后续产业"],
      [3, "part-3", "促进搬迁群众稳定就业"],
      [4, "part-4", "提升安置区管理服务水平"],
      [5, "part-5", "保障搬迁群众权益"],
      [6, "part-6", "强化后续扶持工作保障措施"],
    ]);
  });

  test("has 16 measures numbered 1 to 16 in order, each in its part and anchored measure-N", () => {
    expect(POLICY_MEASURES.map((m) => m.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]);
    expect(POLICY_MEASURES.map((m) => m.part)).toEqual([2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6, 6, 6]);
    for (const m of POLICY_MEASURES) expect(m.anchor).toBe(`measure-${m.number}`);
  });

  test("gives each measure a title, text and an English title and summary of two to four sentences", () => {
    for (const m of POLICY_MEASURES) {
      expect(m.titleZh, `measure ${m.number}`).not.toBe("");
      expect(m.textZh.length, `measure ${m.number}`).toBeGreaterThan(0);
      expect(m.titleEn, `measure ${m.number}`).not.toBe("");
      const sentences = m.summaryEn.split(/(?<=[.!?])\s+(?=[A-Z'])/u);
      expect(sentences.length, `measure ${m.number}: ${m.summaryEn}`).toBeGreaterThanOrEqual(2);
      expect(sentences.length, `measure ${m.number}: ${m.summaryEn}`).toBeLessThanOrEqual(4);
    }
  });

  test("records the issuer, the dates and the provincial document it implements", () => {
    expect(POLICY_META.titleZh).toBe("关于进一步加强易地扶贫搬迁后续扶持工作的实施意见");
    expect(POLICY_META.issuerZh).toBe("十堰市扶贫攻坚领导小组");
    expect(POLICY_META.issued).toBe("2019-09-16");
    expect(POLICY_META.published).toBe("2019-09-20");
    expect(POLICY_META.documentNumber).toBeNull();
    expect(POLICY_META.basis.documentNumber).toBe("鄂扶组发〔2019〕10号");
  });
});

describe("the indicators the measures carry", () => {
  test("every policy indicator belongs to exactly one measure, the one it tracks", () => {
    const owners = (id: string) => POLICY_MEASURES.filter((m) => m.indicators.includes(id as never));
    for (const [id, measure] of Object.entries(MEASURE_OF_INDICATOR)) {
      expect(
        owners(id).map((m) => m.number),
        id,
      ).toEqual([measure]);
    }
    const all = POLICY_MEASURES.flatMap((m) => m.indicators);
    expect([...all].sort()).toEqual(Object.keys(MEASURE_OF_INDICATOR).sort());
  });

  test("measures 10, 13 and 15 carry no indicator", () => {
    for (const n of [10, 13, 15]) expect(POLICY_MEASURES[n - 1]!.indicators).toEqual([]);
  });

  test("each indicator quotes a clause that is word for word in its measure", () => {
    expect(Object.keys(INDICATOR_CLAUSES).sort()).toEqual(Object.keys(MEASURE_OF_INDICATOR).sort());
    for (const [id, clause] of Object.entries(INDICATOR_CLAUSES)) {
      const measure = POLICY_MEASURES[MEASURE_OF_INDICATOR[id]! - 1]!;
      expect(measure.textZh.join(""), id).toContain(clause);
    }
  });

  test("the thresholds the indicators rely on are in the measures' text", () => {
    const text = (n: number) => POLICY_MEASURES[n - 1]!.textZh.join("");
    expect(text(1)).toContain(
      "对于大中型安置区，要着眼长远、因地制宜，以县（市、区）为单位制定后续产业发展规划",
    );
    expect(text(1)).toContain("对于小型安置点，要以乡镇为单位制定后续产业发展具体实施方案");
    expect(text(2)).toContain("确保每个安置点至少有1项主导产业辐射带动");
    expect(text(4)).toContain("每年至少接[受]1次劳动技能培训");
    expect(text(5)).toContain("200人以上的安置点至少应新建1个扶贫车间");
    expect(text(5)).toContain("每户至少有1人实现稳定就业");
    expect(text(6)).toContain("对于大中型安置点，要专门成立搬迁群众就业指导服务中心");
    expect(text(6)).toContain("设置就业指导服务站");
    expect(text(8)).toContain("“三有”：有机构、有人员、有制度");
    expect(text(8)).toContain("对于[大型（]800人以上）安置点，按程序单独成立村（社区）");
    expect(text(9)).toContain("成立党小组");
    expect(text(9)).toContain("应及时按程序成立党支部");
    expect(text(11)).toContain("交易限制期限原则上应不低于20年");
    expect(text(12)).toContain("按照群众自愿、积极稳妥的原则");
    expect(text(14)).toContain("扶贫车间、产业园区、设施农业以及针对搬迁群众就业创业所采取的奖补措施");
  });
});

describe("faithfulness to the captured page", () => {
  test("every passage, without its bracketed restorations, is in the captured page word for word", () => {
    for (const text of zhTexts()) {
      expect(CAPTURED, text).toContain(toHalfWidth(withoutRestorations(text)));
    }
  });

  test("each restoration only adds characters: its passage without brackets is the captured passage", () => {
    for (const note of EDITORIAL_NOTES) {
      expect(CAPTURED, note.id).toContain(note.captured);
      expect(withoutRestorations(note.restored), note.id).toBe(toFullWidth(note.captured));
      const bracketed = [...note.restored.matchAll(/\[([^\]]*)\]/gu)].map((m) => m[1]);
      expect(bracketed, note.id).toEqual(note.supplied);
    }
  });

  test("each restoration occurs once in the text, and the notes follow the order of the text", () => {
    const whole = zhTexts().join("\n");
    let last = -1;
    for (const note of EDITORIAL_NOTES) {
      expect(whole.split(note.restored).length - 1, note.id).toBe(1);
      const at = whole.indexOf(note.restored);
      expect(at, note.id).toBeGreaterThan(last);
      last = at;
    }
  });

  test("every bracket in the text belongs to an editorial note", () => {
    let rest = zhTexts().join("\n");
    for (const note of EDITORIAL_NOTES) rest = rest.replace(note.restored, "");
    expect(rest).not.toMatch(/[[\]]/u);
  });

  test("the restorations the seed notes name are made, visibly", () => {
    const whole = zhTexts().join("\n");
    expect(whole).toContain("全市35.5[万]人");
    expect(POLICY_NOTICE.dateZh).toBe("2019[年]9[月]16[日]");
    expect(POLICY_META.titleLineZh).toBe("关于进一步加强易地扶贫搬迁后续扶持工作的[实施意见]");
    expect(POLICY_PARTS[5]!.headingZh).toBe("[六、]强化后续扶持工作保障措施");
    expect(whole).toContain("对于[大型（]800人以上）安置点");
    expect(whole).toContain("[“]标志性工程”");
    expect(whole).toContain("[“]搬得出、稳得住、能脱贫”");
    expect(whole).toContain("[“]中央统筹、省负总责、市县抓落实”");
  });
});

describe("the Chinese page", () => {
  const body = ZH_MDX;
  /** A passage as the page writes it: each restored piece a link to its note. */
  const linked = (passage: string, n: number) =>
    passage.replace(/\[([^\]]*)\]/gu, (_, text: string) => `[${text}](#note-${n} "编者补，见注 ${n}")`);

  test("is what the renderer makes of the typed document", () => {
    expect(ZH_MDX, "content/policy/zh.mdx is stale: run node scripts/make-policy-pages.ts").toBe(
      renderPolicyZhMdx(),
    );
  });

  test("opens with the editor's note", () => {
    expect(ZH_MDX).toContain(`> ${POLICY_EDITORS_NOTE_ZH}`);
    expect(POLICY_EDITORS_NOTE_ZH).toMatch(/^编者按：/u);
    expect(POLICY_EDITORS_NOTE_ZH).toContain("以浅色底纹和虚线标出的文字和标点是整理时据上下文补入的");
  });

  test("heads each part and each measure with its component, told its number and language", () => {
    const parts = [...body.matchAll(/^<PartHeading number=\{(\d)\} lang="zh">(.*)<\/PartHeading>$/gmu)];
    const measures = [
      ...body.matchAll(/^<MeasureHeading number=\{(\d+)\} lang="zh">(.*)<\/MeasureHeading>$/gmu),
    ];
    expect(parts.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parts.map((m) => m[2])).toEqual([
      "一、总体要求",
      "二、发展安置点后续产业",
      "三、促进搬迁群众稳定就业",
      "四、提升安置区管理服务水平",
      "五、保障搬迁群众权益",
      '[六、](#note-23 "编者补，见注 23")强化后续扶持工作保障措施',
    ]);
    expect(measures.map((m) => Number(m[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]);
    // The text still starts with the measure's number, as the policy writes it.
    expect(measures.map((m) => Number(/^(\d+)\./u.exec(m[2] ?? "")?.[1]))).toEqual(
      measures.map((m) => Number(m[1])),
    );
    expect(measures[0]?.[2]).toBe("1.制定安置点后续产业规划");
  });

  test("links every bracketed restoration to its note, and leaves no other bracket", () => {
    let rest = body;
    EDITORIAL_NOTES.forEach((note, i) => {
      const marked = linked(note.restored, i + 1);
      expect(rest, note.id).toContain(marked);
      rest = rest.replace(marked, "");
    });
    expect(rest, "a bracket that is not a restoration").not.toMatch(/[[\]]/u);
  });

  test("shows the restorations the seed notes name, never a number against a digit", () => {
    expect(body).toContain(`全市${linked("35.5[万]", 7)}人`);
    expect(body).toContain(linked("2019[年]9[月]16[日]", 4));
    expect(body).toContain(`**${linked("关于进一步加强易地扶贫搬迁后续扶持工作的[实施意见]", 5)}**`);
    expect(body).toContain(`对于${linked("[大型（]", 22)}800人以上）安置点`);
    // No footnote numbers in the text: "[大型（]22800人以上" read as 22,800 people.
    expect(body).not.toMatch(/\[\^\d+\]/u);
  });
});

describe("the English page", () => {
  test("is what the renderer makes of the typed document", () => {
    expect(EN_MDX, "content/policy/en.mdx is stale: render it again from src/lib/policy/mdx.ts").toBe(
      renderPolicyEnMdx(),
    );
  });

  test("says it is an unofficial summary and that the Chinese text is authoritative", () => {
    expect(EN_MDX).toContain(`> ${POLICY_SUMMARY_NOTE_EN}`);
    expect(POLICY_SUMMARY_NOTE_EN).toContain("unofficial English summary");
    expect(POLICY_SUMMARY_NOTE_EN).toContain("The Chinese text is authoritative");
  });

  test("has a heading for each part and each measure, followed by the measure's summary", () => {
    const parts = [...EN_MDX.matchAll(/^<PartHeading number=\{(\d)\} lang="en">Part (\d)\. /gmu)];
    expect(parts.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parts.map((m) => Number(m[2]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(EN_MDX).toContain(POLICY_PREAMBLE_SUMMARY_EN);
    for (const m of POLICY_MEASURES) {
      expect(EN_MDX).toContain(
        `<MeasureHeading number={${m.number}} lang="en">Measure ${m.number}. ${m.titleEn}</MeasureHeading>\n\n${m.summaryEn}\n`,
      );
    }
  });

  test("summarises measure 5 with its numbers", () => {
    const summary = POLICY_MEASURES[4]!.summaryEn;
    expect(summary).toContain("every site of 200 or more persons must build at least one new workshop");
    expect(summary).toContain("at least one person in stable employment");
  });
});

describe("what must never be published", () => {
  const produced = { "zh.mdx": ZH_MDX, "en.mdx": EN_MDX, "document.ts": DOCUMENT_TS };

  test.each(["亚博", "千亿国际", "博狗", "棋牌", "开户"])(
    "no produced file contains the spam term %s",
    (term) => {
      for (const [name, text] of Object.entries(produced)) expect(text, name).not.toContain(term);
    },
  );

  test.each([
    "ICP",
    "公网安备",
    "网站地图",
    "关闭",
    "关注",
    "当前位置",
    "0719-8676033",
    "syfpkf@163.com",
    "柳林路",
  ])("no produced file contains the page chrome %s", (chrome) => {
    for (const [name, text] of Object.entries(produced)) expect(text, name).not.toContain(chrome);
  });

  test("the pages hold no HTML, JSX, expressions or imports but the generated headings, and link only to their own notes", () => {
    const generatedHeading = /^<(PartHeading|MeasureHeading) number=\{\d+\} lang="(?:zh|en)">(.*)<\/\1>$/gmu;
    for (const page of [ZH_MDX, EN_MDX]) {
      expect(page.replace(generatedHeading, "$2")).not.toMatch(/[<{}]/u);
      expect(page).not.toMatch(/^(?:import|export)\s/mu);
      expect(
        page.replace(/\]\(#note-\d+ "编者补，见注 \d+"\)/gu, "]"),
        "a link other than to a note",
      ).not.toMatch(/\]\(/u);
    }
  });
});

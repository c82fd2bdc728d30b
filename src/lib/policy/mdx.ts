/**
 * The policy pages as MDX source, rendered from the typed document so that `content/policy/*.mdx` and
 * `document.ts` cannot drift apart (`node scripts/make-policy-pages.ts` writes them). The text is
 * plain Markdown: no HTML, no JSX and no expressions, so nothing in it can run or inject markup. The
 * one piece of JSX is the generator's own: each part and measure heading is written as
 * `<PartHeading number={2} lang="zh">…</PartHeading>` / `<MeasureHeading number={5} lang="zh">…`,
 * so the page's heading components are told their number and language, never read them back from
 * the text (see `headingTag`).
 *
 * What the editors restored in the damaged source is written as a Markdown link from the restored
 * characters to their note (`2019[年](#note-4 "…")9`), which the page marks quietly: written as
 * bracketed text with a footnote number after it, "2019[年]9[月]16[日]4" read as a puzzle and
 * "[大型（]22800人以上" as 22,800 people. The notes themselves are listed by the page, from
 * EDITORIAL_NOTES, each with the id `note-N`.
 */
import {
  EDITORIAL_NOTES,
  POLICY_EDITORS_NOTE_ZH,
  POLICY_MEASURES,
  POLICY_META,
  POLICY_NOTICE,
  POLICY_PARTS,
  POLICY_PREAMBLE,
  POLICY_PREAMBLE_SUMMARY_EN,
  POLICY_SUMMARY_NOTE_EN,
  type EditorialNote,
} from "./document.ts";

/** Characters that MDX reads as syntax (JSX, expressions); the text must not contain them. */
export const MDX_UNSAFE = /[<{}]/u;

/** The id of the `index`-th note (from 0) on the page: `note-1`, `note-2` … in document order. */
export const noteId = (index: number): string => `note-${index + 1}`;

/** The link title of a restoration, read on hover and by screen readers: "编者补，见注 4". */
export const restorationTitle = (index: number): string => `编者补，见注 ${index + 1}`;

/**
 * Turns each bracketed restoration in each note's passage into a link to the note. Throws when a
 * passage is not found exactly once, since the notes and the text would then disagree.
 */
export function withRestorationLinks(blocks: readonly string[], notes: readonly EditorialNote[]): string[] {
  const out = [...blocks];
  notes.forEach((note, index) => {
    const found = out.flatMap((block, at) => (block.split(note.restored).length === 2 ? [at] : []));
    const elsewhere = out.filter((block) => block.split(note.restored).length > 2).length;
    if (found.length !== 1 || elsewhere > 0) {
      throw new Error(`Editorial note ${note.id}: "${note.restored}" must occur exactly once in the text.`);
    }
    const at = found[0]!;
    const linked = note.restored.replace(
      /\[([^\]]*)\]/gu,
      (_, text: string) => `[${text}](#${noteId(index)} "${restorationTitle(index)}")`,
    );
    out[at] = out[at]!.replace(note.restored, () => linked);
  });
  return out;
}

/** The heading components the pages give their MDX, by the level of heading they draw. */
export const HEADING_COMPONENTS = { part: "PartHeading", measure: "MeasureHeading" } as const;

/**
 * A part's or measure's heading as the generator writes it: the heading component with its number
 * and language, the (Markdown) heading text inside, on one line so MDX reads it as phrasing.
 */
export function headingTag(
  kind: keyof typeof HEADING_COMPONENTS,
  number: number,
  lang: "zh" | "en",
  text: string,
): string {
  const name = HEADING_COMPONENTS[kind];
  return `<${name} number={${number}} lang="${lang}">${text}</${name}>`;
}

const frontmatter = (title: string, lang: string): string =>
  ["---", `title: ${JSON.stringify(title)}`, `lang: ${lang}`, "---"].join("\n");

const refuseUnsafe = (texts: readonly string[]): readonly string[] => {
  if (texts.some((text) => MDX_UNSAFE.test(text))) {
    throw new Error("Policy text contains a character MDX would read as code.");
  }
  return texts;
};

/** A block of the page: the document's text, and for a heading which part or measure it heads. */
interface Block {
  text: string;
  heading?: { kind: keyof typeof HEADING_COMPONENTS; number: number };
}

const heading = (kind: keyof typeof HEADING_COMPONENTS, number: number, text: string): Block => ({
  text,
  heading: { kind, number },
});

/**
 * The page's MDX: the blocks' text with the restorations linked (`notes`) and checked to hold no
 * syntax, then each heading wrapped in its component's tag.
 */
function page(
  title: string,
  lang: "zh" | "en",
  blocks: readonly (Block | string)[],
  notes: readonly EditorialNote[],
): string {
  const all = blocks.map((block) => (typeof block === "string" ? { text: block } : block));
  const texts = refuseUnsafe(
    withRestorationLinks(
      all.map((block) => block.text),
      notes,
    ),
  );
  const body = texts.map((text, i) => {
    const head = all[i]!.heading;
    return head ? headingTag(head.kind, head.number, lang, text) : text;
  });
  return [frontmatter(title, lang), ...body].join("\n\n") + "\n";
}

/** The Chinese policy page: editor's note, the notice, the title, preamble, six parts and 16 measures. */
export function renderPolicyZhMdx(): string {
  // Blocks are rendered in document order, so footnote numbers ascend down the page.
  const blocks: (Block | string)[] = [
    `> ${POLICY_EDITORS_NOTE_ZH}`,
    `**${POLICY_META.noticeTitleZh}**`,
    POLICY_NOTICE.addresseesZh,
    ...POLICY_NOTICE.paragraphsZh,
    POLICY_NOTICE.attachmentZh,
    POLICY_NOTICE.signatureZh,
    POLICY_NOTICE.dateZh,
    `**${POLICY_META.titleLineZh}**`,
    ...POLICY_PREAMBLE,
  ];
  for (const part of POLICY_PARTS) {
    blocks.push(heading("part", part.number, part.headingZh), ...part.textZh);
    for (const measure of POLICY_MEASURES.filter((m) => m.part === part.number)) {
      blocks.push(
        heading("measure", measure.number, `${measure.number}.${measure.titleZh}`),
        ...measure.textZh,
      );
    }
  }
  return page(POLICY_META.titleZh, "zh", blocks, EDITORIAL_NOTES);
}

/** The English policy page: the unofficial-summary note, then a heading and summary for each part and measure. */
export function renderPolicyEnMdx(): string {
  const blocks: (Block | string)[] = [
    `> ${POLICY_SUMMARY_NOTE_EN}`,
    "## The notice",
    POLICY_NOTICE.summaryEn,
    "## Preamble",
    POLICY_PREAMBLE_SUMMARY_EN,
  ];
  for (const part of POLICY_PARTS) {
    blocks.push(heading("part", part.number, `Part ${part.number}. ${part.titleEn}`));
    if (part.summaryEn !== null) blocks.push(part.summaryEn);
    for (const measure of POLICY_MEASURES.filter((m) => m.part === part.number)) {
      blocks.push(
        heading("measure", measure.number, `Measure ${measure.number}. ${measure.titleEn}`),
        measure.summaryEn,
      );
    }
  }
  // The summary restores nothing: it has no notes to link.
  return page(POLICY_META.titleEn, "en", blocks, []);
}

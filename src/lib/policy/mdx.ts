/**
 * The policy pages as MDX source, rendered from the typed document so that `content/policy/*.mdx` and
 * `document.ts` cannot drift apart. The output is plain Markdown with GFM footnotes: no HTML, no JSX and no
 * expressions, so nothing in the text can run or inject markup.
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

/** The footnote reference written after a restoration, numbered from 1 in document order. */
export const footnoteRef = (index: number): string => `[^${index + 1}]`;

/**
 * Puts each note's footnote reference right after the last bracket of its restored passage. Throws when a
 * passage is not found exactly once, since the notes and the text would then disagree.
 */
export function withFootnoteRefs(blocks: readonly string[], notes: readonly EditorialNote[]): string[] {
  const out = [...blocks];
  notes.forEach((note, index) => {
    const found = out.flatMap((block, at) => (block.split(note.restored).length === 2 ? [at] : []));
    const elsewhere = out.filter((block) => block.split(note.restored).length > 2).length;
    if (found.length !== 1 || elsewhere > 0) {
      throw new Error(`Editorial note ${note.id}: "${note.restored}" must occur exactly once in the text.`);
    }
    const at = found[0]!;
    const cut = note.restored.lastIndexOf("]") + 1;
    const marked = note.restored.slice(0, cut) + footnoteRef(index) + note.restored.slice(cut);
    out[at] = out[at]!.replace(note.restored, () => marked);
  });
  return out;
}

const frontmatter = (title: string, lang: string): string =>
  ["---", `title: ${JSON.stringify(title)}`, `lang: ${lang}`, "---"].join("\n");

const refuseUnsafe = (page: string): string => {
  if (MDX_UNSAFE.test(page)) throw new Error("Policy text contains a character MDX would read as code.");
  return page;
};

/** The Chinese policy page: editor's note, the notice, the title, preamble, six parts and 16 measures. */
export function renderPolicyZhMdx(): string {
  // Blocks are rendered in document order, so footnote numbers ascend down the page.
  const blocks: string[] = [
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
    blocks.push(`## ${part.headingZh}`, ...part.textZh);
    for (const measure of POLICY_MEASURES.filter((m) => m.part === part.number)) {
      blocks.push(`### ${measure.number}.${measure.titleZh}`, ...measure.textZh);
    }
  }
  const body = withFootnoteRefs(blocks, EDITORIAL_NOTES);
  const footnotes = EDITORIAL_NOTES.map((note, index) => `${footnoteRef(index)}: ${note.footnoteZh}`);
  return refuseUnsafe(
    [frontmatter(POLICY_META.titleZh, "zh"), ...body, footnotes.join("\n")].join("\n\n") + "\n",
  );
}

/** The English policy page: the unofficial-summary note, then a heading and summary for each part and measure. */
export function renderPolicyEnMdx(): string {
  const blocks: string[] = [
    `> ${POLICY_SUMMARY_NOTE_EN}`,
    "## The notice",
    POLICY_NOTICE.summaryEn,
    "## Preamble",
    POLICY_PREAMBLE_SUMMARY_EN,
  ];
  for (const part of POLICY_PARTS) {
    blocks.push(`## Part ${part.number}. ${part.titleEn}`);
    if (part.summaryEn !== null) blocks.push(part.summaryEn);
    for (const measure of POLICY_MEASURES.filter((m) => m.part === part.number)) {
      blocks.push(`### Measure ${measure.number}. ${measure.titleEn}`, measure.summaryEn);
    }
  }
  return refuseUnsafe([frontmatter(POLICY_META.titleEn, "en"), ...blocks].join("\n\n") + "\n");
}

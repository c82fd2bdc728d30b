/**
 * Errata the publisher writes for a release (`releases/errata/<id>.md`): plain paragraphs and
 * `- ` list items. Only this much Markdown is read, and it is shown as text, never as HTML.
 */

/** A block of an erratum: a paragraph or a list of items. */
export type ErrataBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/** Splits an erratum's text into paragraphs and lists; headings (`#`) are kept as paragraphs without their marks. */
export function errataBlocks(text: string): ErrataBlock[] {
  const blocks: ErrataBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    if (list) blocks.push({ kind: "list", items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      (list ??= []).push(item[1]!);
    } else if (list && /^\s{2,}/.test(raw)) {
      list[list.length - 1] = `${list[list.length - 1]!} ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line.replace(/^#+\s*/, ""));
    }
  }
  flush();
  return blocks;
}

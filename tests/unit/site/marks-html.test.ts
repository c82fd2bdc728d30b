import { describe, expect, it } from "vitest";
import { escapeMarkup } from "../../../src/lib/markup.ts";
import { markHtml, marksHtml } from "../../../src/lib/site/marks-html.ts";

describe("escapeMarkup", () => {
  it("escapes the five characters that can end text or an attribute", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("leaves other text, Chinese included, as it is", () => {
    expect(escapeMarkup("2021年第2季度：是，达标")).toBe("2021年第2季度：是，达标");
  });
});

describe("markHtml", () => {
  it("writes the shape hidden from screen readers and the words for them", () => {
    expect(markHtml({ state: "met", symbol: "✓", text: "2021年第2季度：是，达标" })).toBe(
      '<li class="place-mark place-mark-met"><span aria-hidden="true">✓</span>' +
        '<span class="visually-hidden">2021年第2季度：是，达标</span></li>',
    );
  });

  it("escapes every text it writes", () => {
    const html = markHtml({ state: "no-data", symbol: "<b>", text: `</span><script>alert("x")</script>` });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;/span&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("gives the same HTML for the same mark and different HTML for a different one", () => {
    const mark = { state: "behind", symbol: "✗", text: "Q4 2019: no, behind" } as const;
    expect(markHtml({ ...mark })).toBe(markHtml(mark));
    expect(markHtml({ ...mark, text: "Q1 2020: no, behind" })).not.toBe(markHtml(mark));
  });
});

describe("marksHtml", () => {
  it("joins the marks in the order given", () => {
    const html = marksHtml([
      { state: "met", symbol: "✓", text: "A" },
      { state: "behind", symbol: "✗", text: "B" },
    ]);
    expect(html.indexOf(">A<")).toBeLessThan(html.indexOf(">B<"));
    expect(html.match(/<li /g)).toHaveLength(2);
  });

  it("is empty for no marks", () => {
    expect(marksHtml([])).toBe("");
  });
});

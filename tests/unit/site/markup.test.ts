import { describe, expect, it } from "vitest";
import { escapeMarkup, withoutMarkedElements } from "../../../src/lib/markup.ts";
import { historyCellHtml, historyCellsHtml } from "../../../src/lib/site/history-html.ts";

describe("escapeMarkup", () => {
  it("escapes the five characters that can end text or an attribute", () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("drops the characters XML forbids and keeps tab, line feed and carriage return", () => {
    expect(escapeMarkup("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf\uDC00g\t\n\rh")).toBe("abcdefg\t\n\rh");
  });

  it("keeps characters outside the Basic Multilingual Plane, whose surrogates come in pairs", () => {
    expect(escapeMarkup("𝟏𠀀")).toBe("𝟏𠀀");
  });

  it("leaves other text, Chinese included, as it is", () => {
    expect(escapeMarkup("2021年第2季度：是，达标")).toBe("2021年第2季度：是，达标");
  });
});

describe("historyCellHtml", () => {
  it("writes the value, marked with the symbol only when it is behind the target", () => {
    expect(historyCellHtml({ state: "met", symbol: "✓", valueText: "84.6%" })).toBe("<td>84.6%</td>");
    expect(historyCellHtml({ state: "no-target", symbol: "●", valueText: "12.0%" })).toBe("<td>12.0%</td>");
    expect(historyCellHtml({ state: "behind", symbol: "✗", valueText: "否" })).toBe("<td>否 ✗</td>");
  });

  it("writes only the symbol for a quarter without a value", () => {
    expect(historyCellHtml({ state: "no-data", symbol: "○", valueText: "未报告" })).toBe("<td>○</td>");
    expect(historyCellHtml({ state: "not-in-scope", symbol: "–", valueText: "尚未入住" })).toBe("<td>–</td>");
  });

  it("escapes every text it writes", () => {
    const html = historyCellHtml({
      state: "behind",
      symbol: "<b>",
      valueText: `</td><script>alert("x")</script>`,
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("writes each mark object's own value, also after another object was written", () => {
    const first = { state: "behind", symbol: "✗", valueText: "40.0%" } as const;
    const second = { ...first, valueText: "41.0%" };
    expect(historyCellHtml(first)).toContain(">40.0% ✗<");
    expect(historyCellHtml(second)).toContain(">41.0% ✗<");
    expect(historyCellHtml(first)).toContain(">40.0% ✗<");
  });
});

describe("historyCellsHtml", () => {
  it("joins the cells in the order given", () => {
    const html = historyCellsHtml([
      { state: "met", symbol: "✓", valueText: "A" },
      { state: "behind", symbol: "✗", valueText: "B" },
    ]);
    expect(html.indexOf(">A<")).toBeLessThan(html.indexOf(">B ✗<"));
    expect(html.match(/<td/g)).toHaveLength(2);
  });

  it("makes quarters in a row that read the same one cell spanning them", () => {
    const no = { state: "behind", symbol: "✗", valueText: "否" } as const;
    const yes = { state: "met", symbol: "●", valueText: "是" } as const;
    const before = { state: "not-in-scope", symbol: "◇", valueText: "尚未入住" } as const;
    expect(historyCellsHtml([before, before, no, yes, yes, yes, { ...yes }])).toBe(
      '<td colspan="2">◇</td><td>否 ✗</td><td colspan="4">是</td>',
    );
  });

  it("is empty for no marks", () => {
    expect(historyCellsHtml([])).toBe("");
  });
});
describe("withoutMarkedElements", () => {
  const cut = (html: string) => withoutMarkedElements(html, "data-pagefind-ignore");

  it("removes a marked element with its content and keeps everything around it", () => {
    expect(cut('<p>a</p><div class="x" data-pagefind-ignore><p>b</p></div><p>c</p>')).toBe(
      "<p>a</p><p>c</p>",
    );
  });

  it("counts nested elements of the same name, and takes the attribute with a value too", () => {
    expect(cut("<div>a<div data-pagefind-ignore>b<div>c</div>d</div>e</div>")).toBe("<div>ae</div>");
    expect(cut('<ol data-pagefind-ignore="all"><li>x</li></ol><ol><li>y</li></ol>')).toBe(
      "<ol><li>y</li></ol>",
    );
  });

  it("removes every marked element, also one after another", () => {
    expect(cut("<aside data-pagefind-ignore>1</aside><aside data-pagefind-ignore>2</aside>3")).toBe("3");
  });

  it("reads quoted attribute values that hold > and leaves look-alike attributes alone", () => {
    expect(cut('<div aria-label="a > b" data-pagefind-ignore>x</div>y')).toBe("y");
    expect(cut('<div data-pagefind-ignored>x</div><div title="data-pagefind-ignore">z</div>')).toBe(
      '<div data-pagefind-ignored>x</div><div title="data-pagefind-ignore">z</div>',
    );
  });

  it("removes a marked void element alone, and keeps an element that is never closed", () => {
    expect(cut('<img src="a.png" data-pagefind-ignore><p>x</p>')).toBe("<p>x</p>");
    expect(cut("<div data-pagefind-ignore><p>x</p>")).toBe("<div data-pagefind-ignore><p>x</p>");
  });
});

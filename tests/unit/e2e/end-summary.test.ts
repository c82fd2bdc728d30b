import { describe, expect, test } from "vitest";
import { endSummary, errorText } from "../../e2e/end-summary.ts";

describe("the browser tests' end summary", () => {
  test("says nothing when nothing went wrong", () => {
    expect(endSummary([])).toEqual([]);
  });

  test("repeats each error outside a test, each failure and each flaky test, with its error indented", () => {
    const lines = endSummary([
      { kind: "error outside any test", where: "", text: "Error: page.exposeFunction: Target closed" },
      {
        kind: "failed",
        where: "[node] › tests/e2e/map.spec.ts:49 › draws one marker",
        text: "Error: expect(received)\nline 2",
      },
      {
        kind: "flaky",
        where: "[nginx] › tests/e2e/pages.spec.ts:22 › / has no console error",
        text: "Timeout",
      },
    ]);
    expect(lines).toEqual([
      "",
      "What went wrong, again (3; each is printed in full above):",
      "  error outside any test",
      "      Error: page.exposeFunction: Target closed",
      "  failed: [node] › tests/e2e/map.spec.ts:49 › draws one marker",
      "      Error: expect(received)",
      "      line 2",
      "  flaky: [nginx] › tests/e2e/pages.spec.ts:22 › / has no console error",
      "      Timeout",
    ]);
  });

  test("takes an error's stack over its message, drops terminal colours and keeps its first 8 lines", () => {
    const stack = [
      "\u001b[31mError: boom\u001b[39m",
      ...Array.from({ length: 11 }, (_, i) => `    at frame ${i + 1}`),
    ];
    const text = errorText({ message: "boom", stack: stack.join("\n") });
    expect(text.split("\n")).toEqual([
      "Error: boom",
      ...Array.from({ length: 7 }, (_, i) => `    at frame ${i + 1}`),
      "… 4 more lines above in the log",
    ]);
  });

  test("shows a thrown value that is not an Error, and says so when there is no error at all", () => {
    expect(errorText({ value: "a string was thrown" })).toBe("a string was thrown");
    expect(errorText(undefined)).toBe("(no error recorded)");
  });
});

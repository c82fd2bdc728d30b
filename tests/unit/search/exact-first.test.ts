import { describe, expect, test } from "vitest";
import { exactFirst } from "../../../src/components/search/search-client.ts";

describe("exactFirst", () => {
  const items = ["城关镇安置小区", "民联社区", "城关镇", "城关镇二期", " 城关镇 "].map((title) => ({
    meta: { title },
  }));

  test("puts results titled exactly the query first, the rest in their order", () => {
    expect(exactFirst(items, "城关镇").map((item) => item.meta.title)).toEqual([
      "城关镇",
      " 城关镇 ",
      "城关镇安置小区",
      "民联社区",
      "城关镇二期",
    ]);
  });

  test("ignores case and surrounding spaces in the query, and leaves the order alone without a match", () => {
    const english = [{ meta: { title: "Minlian Community" } }, { meta: { title: "minlian" } }];
    expect(exactFirst(english, "  MINLIAN ").map((item) => item.meta.title)).toEqual([
      "minlian",
      "Minlian Community",
    ]);
    expect(exactFirst(items, "十堰")).toEqual(items);
  });
});

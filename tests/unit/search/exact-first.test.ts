import { describe, expect, test } from "vitest";
import { exactFirst } from "../../../src/components/search/search-client.ts";

const result = (title: string, url = `/${title.trim()}/`) => ({ url, meta: { title } });

describe("exactFirst", () => {
  const items = [
    result("城关镇安置小区"),
    result("民联社区"),
    result("城关镇"),
    result("城关镇二期"),
    result(" 城关镇 ", "/other/"),
  ];
  const titles = (list: readonly { meta: { title?: string } }[]) => list.map((item) => item.meta.title);

  test("puts results titled exactly the query first, the rest in their order", () => {
    expect(titles(exactFirst(items, "城关镇"))).toEqual([
      "城关镇",
      " 城关镇 ",
      "城关镇安置小区",
      "民联社区",
      "城关镇二期",
    ]);
  });

  test("ignores case and surrounding spaces in the query, and leaves the order alone without a match", () => {
    const english = [result("Minlian Community"), result("minlian")];
    expect(titles(exactFirst(english, "  MINLIAN "))).toEqual(["minlian", "Minlian Community"]);
    expect(exactFirst(items, "十堰")).toEqual(items);
  });

  test("puts a place named exactly the query before every other result, and gives each page once", () => {
    // Searched for on its own (the place filter), the county page is found below the others' scores.
    const results = [result("竹山县安置点一览"), result("城关镇"), result("竹山县")];
    const places = [result("竹山县"), result("竹山县城关镇")];
    expect(titles(exactFirst(results, "竹山县", places))).toEqual(["竹山县", "竹山县安置点一览", "城关镇"]);
    // A place found only by the place filter but not named exactly is not added.
    expect(titles(exactFirst(results, "城关镇", places))).toEqual(["城关镇", "竹山县安置点一览", "竹山县"]);
  });
});

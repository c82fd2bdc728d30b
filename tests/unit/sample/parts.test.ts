import { describe, expect, test } from "vitest";
import { placeStem, villageShortName } from "../../../src/lib/sample/geography.ts";
import { PERIODS } from "../../../src/lib/sample/periods.ts";
import { NATIONAL_TARGET, nationalPlan, SHIYAN_PLAN } from "../../../src/lib/sample/plan.ts";
import { createRandom, hashSeed } from "../../../src/lib/sample/random.ts";
import { periodsInScope } from "../../../src/lib/sample/series.ts";
import { sizeClass, sizeSites, type SizeClass } from "../../../src/lib/sample/sites.ts";

describe("createRandom", () => {
  test("gives the same numbers for the same seed and different ones for another seed", () => {
    const a = createRandom(2019);
    const b = createRandom(2019);
    const c = createRandom(2020);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next(), c.next()]).not.toEqual(first);
  });

  test("draws whole numbers within both bounds", () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(3, 5));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  test("hashSeed gives each label its own stream", () => {
    expect(hashSeed(2019, "sites", "420323")).toBe(hashSeed(2019, "sites", "420323"));
    expect(hashSeed(2019, "sites", "420323")).not.toBe(hashSeed(2019, "sites", "420324"));
    expect(hashSeed(2019, "a", "bc")).not.toBe(hashSeed(2019, "ab", "c"));
  });
});

describe("sizes", () => {
  test.each([
    [199, "small"],
    [200, "medium"],
    [799, "medium"],
    [800, "large"],
  ] as const)("a site of %i persons is %s", (persons, expected) => {
    expect(sizeClass(persons)).toBe(expected);
  });

  test("sizeSites hits the total exactly and keeps every site in its class", () => {
    const classes: SizeClass[] = ["large", "medium", "small", "small", "small", "small"];
    const sizes = sizeSites(createRandom(7), classes, 2_000);
    expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(2_000);
    expect(sizes.map(sizeClass)).toEqual(classes);
  });

  test("sizeSites refuses a total its classes cannot hold", () => {
    expect(() => sizeSites(createRandom(7), ["small", "small"], 1_000)).toThrow(RangeError);
  });
});

describe("place names", () => {
  test.each([
    ["顾家村委会", "顾家村"],
    ["青龙村村民委员会", "青龙村"],
    ["青龙泉社区居民委员会", "青龙泉社区"],
    ["龚家湾社区居委会", "龚家湾社区"],
    ["土门村村委会", "土门村"],
  ])("villageShortName(%s) is %s", (official, short) => {
    expect(villageShortName(official)).toBe(short);
  });

  test("placeStem drops 村 and 社区", () => {
    expect(placeStem("顾家村")).toBe("顾家");
    expect(placeStem("青龙泉社区")).toBe("青龙泉");
  });
});

describe("periods", () => {
  test("run from 2019Q4 to 2025Q4, 25 quarters, each ending on its last day", () => {
    expect(PERIODS).toHaveLength(25);
    expect(PERIODS[0]).toMatchObject({ id: "2019Q4", end: "2019-12-31", index: 0 });
    expect(PERIODS[1]).toMatchObject({ id: "2020Q1", end: "2020-03-31" });
    expect(PERIODS[24]).toMatchObject({ id: "2025Q4", end: "2025-12-31" });
  });

  test("a site is in scope from the quarter in which it was occupied", () => {
    expect(periodsInScope("2020-05-10")[0]!.id).toBe("2020Q2");
    expect(periodsInScope("2020-06-30")[0]!.id).toBe("2020Q2");
    expect(periodsInScope("2018-01-01")).toHaveLength(25);
    expect(periodsInScope(null)).toHaveLength(25);
  });
});

describe("plans", () => {
  test("Shiyan's plan adds up to the policy's 355,000 persons in about 2,300 sites", () => {
    expect(SHIYAN_PLAN.reduce((sum, c) => sum + c.persons, 0)).toBe(355_000);
    expect(SHIYAN_PLAN.reduce((sum, c) => sum + c.sites, 0)).toBe(2_275);
  });

  test("the national plan has the national programme's 35,000 sites and 9.6 million persons", () => {
    const plan = nationalPlan();
    expect(plan.reduce((sum, c) => sum + c.sites, 0)).toBe(NATIONAL_TARGET.sites);
    expect(plan.reduce((sum, c) => sum + c.persons, 0)).toBe(NATIONAL_TARGET.persons);
    const codes = plan.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(codes.slice(8).every((code) => code.startsWith("99"))).toBe(true);
  });
});

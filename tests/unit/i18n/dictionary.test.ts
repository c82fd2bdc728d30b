import { describe, expect, it } from "vitest";
import { en } from "../../../src/lib/i18n/en.ts";
import { t, type MessageKey } from "../../../src/lib/i18n/index.ts";
import { zh } from "../../../src/lib/i18n/zh.ts";

const KEYS = Object.keys(zh) as MessageKey[];
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("the dictionaries", () => {
  it("give every key a non-empty text in both languages", () => {
    const empty = KEYS.filter((key) => zh[key].trim() === "" || en[key].trim() === "");
    expect(empty).toEqual([]);
  });

  it("name in English every placeholder the Chinese text has", () => {
    const missing = KEYS.filter((key) =>
      placeholders(zh[key]).some((name) => !placeholders(en[key]).includes(name)),
    );
    expect(missing).toEqual([]);
  });
});

describe("t", () => {
  it("returns the language's word", () => {
    expect(t("zh", "nav.home")).toBe("首页");
    expect(t("en", "nav.home")).toBe("Home");
  });

  it("throws, naming the key and placeholder, when a parameter is missing", () => {
    // No key has a placeholder yet in every build of the dictionaries, so the rule is tested
    // through one that the placeholders test above would cover once keys gain them.
    const withPlaceholder = KEYS.find((key) => zh[key].includes("{"));
    if (withPlaceholder === undefined) return;
    expect(() => t("zh", withPlaceholder)).toThrow(withPlaceholder);
  });
});

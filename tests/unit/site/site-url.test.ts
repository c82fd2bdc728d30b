/** The placeholder siteUrl: addresses on it are recognised so pages can say it is not set. */
import { expect, test } from "vitest";
import { onPlaceholderSite } from "../../../src/lib/site/site-url.ts";

test.each([
  ["the placeholder itself", "https://anju.example.org/", true],
  ["a release page on the placeholder", "https://anju.example.org/releases/2026-01-15-v1/", true],
  ["the publisher's own address", "https://anju.shiyan.gov.cn/", false],
  ["an address that merely contains the placeholder's name", "https://anju.example.org.cn/", false],
  ["something that is not an address", "not a url", false],
])("onPlaceholderSite is %s → %s", (_, url, expected) => {
  expect(onPlaceholderSite(url)).toBe(expected);
});

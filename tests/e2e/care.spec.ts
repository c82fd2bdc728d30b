// Care mode (关怀模式) can be switched on by a link, so it can be shared and tested, and it stays on
// from page to page like the button's choice.
import { expect, test } from "@playwright/test";

test("?care=1 turns care mode on, remembers it across pages, and ?care=0 turns it off", async ({ page }) => {
  await page.goto("/?care=1");
  await expect(page.locator("html")).toHaveClass(/\bcare\b/);
  await expect(page.locator("[data-care-toggle]").first()).toHaveAttribute("aria-pressed", "true");

  await page.goto("/policy/");
  await expect(page.locator("html")).toHaveClass(/\bcare\b/);

  await page.goto("/en/?care=0");
  await expect(page.locator("html")).not.toHaveClass(/\bcare\b/);
  await page.goto("/policy/");
  await expect(page.locator("html")).not.toHaveClass(/\bcare\b/);
});

/**
 * Shared checks for browser tests: every page is watched for console errors, CSP violations,
 * dialogs and requests that leave the site.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** What a page did that it must not do. */
export interface PageWatch {
  consoleErrors: string[];
  cspViolations: string[];
  dialogs: string[];
  foreignRequests: string[];
}

/**
 * Starts watching a page; await it before navigating. The binding and the init script are awaited
 * here so that no call to the browser is left in flight when the test ends: one that failed after
 * its page closed would be an unhandled rejection in the worker, which Playwright reports as an
 * error outside any test and answers by skipping the worker's next test.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], cspViolations: [], dialogs: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(error.message));
  page.on("dialog", (dialog) => {
    watch.dialogs.push(dialog.message());
    // Recorded above, which fails the test; a page that closed meanwhile has nothing to dismiss.
    dialog.dismiss().catch(() => undefined);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) {
      watch.foreignRequests.push(request.url());
    }
  });
  await page.exposeFunction("__anjuCspViolation", (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __anjuCspViolation: (t: string) => void }).__anjuCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return watch;
}

/** Asserts the page stayed clean: no console error, CSP violation, dialog or foreign request. */
export function expectClean(watch: PageWatch): void {
  expect(watch.consoleErrors, "console errors").toEqual([]);
  expect(watch.cspViolations, "CSP violations").toEqual([]);
  expect(watch.dialogs, "dialogs").toEqual([]);
  expect(watch.foreignRequests, "requests leaving the site").toEqual([]);
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page and asserts no violation. The nginx project serves the
 * very files the node project has already checked, so axe runs there only once: what nginx can
 * change (headers, CSP, compression, redirects) the other checks of those tests cover.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (test.info().project.name === "nginx") return;
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(" ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** The page printed as Chromium prints it: its number of pages, and the first page's size in points. */
export async function printed(page: Page): Promise<{ pages: number; width: number; height: number }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  // Chromium's PDF writer leaves its dictionaries uncompressed: each page is one /Type /Page
  // object (the page tree's nodes are /Type /Pages) with its /MediaBox. (pdfinfo agreed on 1, 2 and 40 pages.)
  const pages = pdf.match(/\/Type \/Page(?![a-zA-Z])/g)?.length ?? 0;
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
  if (pages === 0 || !box) throw new Error("the PDF has no pages or no page size");
  return { pages, width: Number(box[1]), height: Number(box[2]) };
}

/** An A4 page's size in points. */
export const A4 = { width: 595.28, height: 841.89 };

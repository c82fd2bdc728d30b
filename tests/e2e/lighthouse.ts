/**
 * Runs Lighthouse's mobile preset (its default configuration: a Moto G Power-sized screen,
 * simulated slow 4G and a 4× CPU slowdown) on pages of a served site, in Debian's Chromium where
 * present. Shared by `bench/lighthouse.ts` (every template, scores and timings) and
 * `tests/e2e/lighthouse.spec.ts` (three pages, only what does not depend on the machine's speed).
 *
 * Lighthouse drives its own Chromium through chrome-launcher rather than Playwright's, because it
 * needs the DevTools port of a browser it can reload and throttle as it likes.
 */
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "../../scripts/lib/chromium.ts";

/** The four categories Lighthouse scores, in its report's order. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run says about one page. */
export interface PageAudit {
  url: string;
  /** Scores from 0 to 100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint, simulated, in milliseconds. */
  lcpMs: number;
  /** Total Blocking Time, simulated, in milliseconds. */
  tbtMs: number;
  cls: number;
  /** Titles of the audits that failed in accessibility, best practices and SEO (for the test's message). */
  failedAudits: string[];
  lighthouseVersion: string;
  /** The browser's user agent, which names its version. */
  browser: string;
  /** Lighthouse's runtime error, when the page could not be audited (then the scores are null). */
  runtimeError?: string;
}

/** A Chromium that Lighthouse can audit pages in; `close()` when done. */
export interface Auditor {
  audit(url: string): Promise<PageAudit>;
  close(): void;
}

/** Starts Chromium headless for Lighthouse (Debian's when installed, else chrome-launcher's search). */
export async function startAuditor(): Promise<Auditor> {
  const chromePath = chromiumPath();
  const chrome: LaunchedChrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return summarise(result.lhr);
    },
    close() {
      chrome.kill();
    },
  };
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function summarise(lhr: Report): PageAudit {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === "number" ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const failedAudits = (["accessibility", "best-practices", "seo"] as const).flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter(
        (ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1,
      )
      .map((ref) => `${id}: ${lhr.audits[ref.id]?.title ?? ref.id}`),
  );
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    url: lhr.finalDisplayedUrl,
    scores,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    failedAudits,
    lighthouseVersion: lhr.lighthouseVersion,
    browser: lhr.environment.hostUserAgent,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

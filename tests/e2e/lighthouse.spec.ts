// Lighthouse's mobile preset on three representative pages, asserting only what does not depend
// on the machine's speed: accessibility, best practices and SEO at 100, and layout shift within
// the goal. Performance scores and timings live in bench/lighthouse.ts (a timed assertion on a
// shared 2-core machine would fail for reasons that are not the site's).
import { expect, test } from "@playwright/test";
import { startAuditor, type Auditor } from "./lighthouse.ts";

const PAGES = ["/", "/sites/420322-0002/?care=1", "/map/"];

// One browser for the three audits; Lighthouse reloads the page itself, so they run one by one.
test.describe.configure({ mode: "serial" });
let auditor: Auditor;
test.beforeAll(async () => {
  auditor = await startAuditor();
});
test.afterAll(() => {
  auditor.close();
});

for (const path of PAGES) {
  test(`Lighthouse: ${path} scores 100 for accessibility, best practices and SEO, CLS ≤ 0.05`, async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const result = await auditor.audit(`${baseURL}${path}`);
    expect(result.runtimeError, "Lighthouse could not audit the page").toBeUndefined();
    expect(result.failedAudits, "failed audits").toEqual([]);
    expect(result.scores).toMatchObject({ accessibility: 100, "best-practices": 100, seo: 100 });
    expect(result.cls, "cumulative layout shift").toBeLessThanOrEqual(0.05);
  });
}

// Browser tests in Chromium against the site built from the sample data (`npm run test:e2e`
// builds it to .anju/e2e-site first). Uses Debian's Chromium where present, because Playwright's
// own browser download cannot work on machines without general internet access.
//
// Three projects: "node" runs every spec against the local server (scripts/serve.ts); "nginx" runs
// the smoke tests (every template, CSP, search, map, verify) and tests/e2e/nginx.spec.ts against
// Debian's nginx with the repository's configuration, over HTTPS with a self-signed certificate.
// "lighthouse" runs alone after both. Without nginx the nginx project is left out with a note,
// except in CI (CI=true), where a missing nginx fails the run.
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/chromium.ts";
import { findNginx, NGINX_PORTS } from "./tests/e2e/nginx-server.ts";

const PORT = Number(process.env.E2E_PORT ?? 4399);
const SITE = ".anju/e2e-site";

const withNginx = findNginx() !== null || Boolean(process.env.CI);
if (!withNginx) {
  process.stderr.write(
    "Skipping the nginx browser tests: nginx is not installed (apt-get install -y nginx); CI=true requires them.\n",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  // Axe on the pages that list every site (the map, an indicator, /sites/) took over a minute on a
  // loaded 2-core machine; a limit is not a speed test (speed lives in bench/).
  timeout: 150_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  // In CI a failed test is run once more: a machine that is busy for other reasons can stall a
  // page past a wait. The summary still counts such a test as "flaky", so it stays visible; one
  // that fails twice fails the run. (An error outside any test fails the run whatever this says.)
  retries: process.env.CI ? 1 : 0,
  // end-summary.ts repeats what went wrong after the summary, where a log read from its end shows it.
  reporter: [[process.env.CI ? "list" : "line"], ["./tests/e2e/end-summary.ts"]],
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: "node",
      testIgnore: /(nginx|lighthouse)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    // Lighthouse last, once every other browser test is done: its layout-shift figure is measured
    // in real time, and a second worker loading the two cores skews it (0.34 on the map under
    // load, 0 on a quiet machine).
    {
      name: "lighthouse",
      testMatch: /lighthouse\.spec\.ts/,
      dependencies: withNginx ? ["node", "nginx"] : ["node"],
      use: { baseURL: `http://127.0.0.1:${PORT}` },
    },
    ...(withNginx
      ? [
          {
            name: "nginx",
            testMatch: /(pages|map|verify|nginx)\.spec\.ts/,
            // Builds a site of its own and serves it with the local server: nothing of nginx's.
            grepInvert: /with a hostile site name/,
            use: { baseURL: `https://127.0.0.1:${NGINX_PORTS.https}`, ignoreHTTPSErrors: true },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.ts ${SITE}`,
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(withNginx
      ? [
          {
            command: `node tests/e2e/nginx-server.ts ${SITE}`,
            url: `https://127.0.0.1:${NGINX_PORTS.https}/`,
            ignoreHTTPSErrors: true,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});

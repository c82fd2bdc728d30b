/**
 * Valid HTML on every template: the W3C Nu HTML checker (vnu.jar, the checker behind
 * validator.w3.org/nu) reads one built page of every page template in both languages and the
 * not-found pages, in one Java run, and finds no error. Warnings are printed, not failed.
 *
 * The templates are found from src/pages, so a new template is checked without editing this file.
 *
 * html-validate (GOV.UK Frontend's checker) is not run as well: what it has beyond the HTML
 * standard is accessibility rules, which axe already checks on every template, and house style
 * for hand-written markup (quoting, inline styles), which Astro's generated output and the
 * charts' own no-inline-style test already settle.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { listFiles } from "../../scripts/lib/walk.ts";

const ROOT = join(import.meta.dirname, "../..");
const SITE = join(ROOT, ".anju/e2e-site");
const PAGES = join(ROOT, "src/pages");
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The built file of one template, choosing the first built page for each `[param]` segment. */
async function builtPage(segments: string[], dir = ""): Promise<string | null> {
  if (segments.length === 0)
    return existsSync(join(SITE, dir, "index.html")) ? join(dir, "index.html") : null;
  const [first, ...rest] = segments as [string, ...string[]];
  if (!first.startsWith("[")) return builtPage(rest, join(dir, first));
  const children = await readdir(join(SITE, dir), { withFileTypes: true });
  for (const child of children
    .filter((c) => c.isDirectory())
    .map((c) => c.name)
    .sort()) {
    const found = await builtPage(rest, join(dir, child));
    if (found) return found;
  }
  return null;
}

/** One built page of every .astro template under src/pages, in both languages. */
async function templatePages(): Promise<{ template: string; page: string | null }[]> {
  const templates = (await listFiles(PAGES)).filter((file) => file.endsWith(".astro"));
  const pages: { template: string; page: string | null }[] = [];
  for (const template of templates) {
    const route = template.replace(/\.astro$/, "").replace(/(^|\/)index$/, "");
    // Astro writes the root not-found page as /404.html, which hosts serve for missing paths.
    if (route === "404")
      pages.push({ template, page: existsSync(join(SITE, "404.html")) ? "404.html" : null });
    else if (route.startsWith("[...lang]")) {
      const segments = route.split("/").slice(1);
      for (const prefix of [[], ["en"]])
        pages.push({ template, page: await builtPage([...prefix, ...segments]) });
    } else pages.push({ template, page: await builtPage(route.split("/").filter(Boolean)) });
  }
  return pages;
}

/** Whether a `java` command runs. */
function hasJava(): boolean {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

test("one page of every template, in both languages, is valid HTML to the Nu checker", async () => {
  test.setTimeout(180_000);
  if (!hasJava()) {
    // CI installs Java (.ci/run); on a workstation without it this check is skipped, not failed.
    expect(process.env.CI, "Java is needed for the Nu HTML checker in CI").toBeFalsy();
    console.log("html.spec: skipped: `java` is not installed (Debian: apt-get install default-jre-headless)");
    test.skip(true, "java is not installed");
  }
  const pages = await templatePages();
  expect(
    pages.filter((p) => p.page === null).map((p) => p.template),
    "templates with no built page",
  ).toEqual([]);
  const files = pages.map((p) => join(SITE, p.page!));
  expect(files.length).toBeGreaterThanOrEqual(40);

  const report = await new Promise<string>((resolve, reject) => {
    // Exit status 1 means "errors found"; the JSON report says which, so it is read either way.
    execFile(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--stdout", ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => {
        if (stdout) resolve(stdout);
        else reject(error ?? new Error("vnu printed nothing"));
      },
    );
  });
  const messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  // The checker applies each page's Content-Security-Policy <meta> to the files it reads from
  // disk, where 'self' is a file: URL, so every stylesheet and script of the site shows up as
  // "Resource violates Content Security Policy". That is an artefact of checking files, not a fault
  // of the page (browsers load them: the e2e specs watch for CSP violations), so only these are
  // left out, and counted.
  const csp = (m: VnuMessage) => m.message.startsWith("Resource violates Content Security Policy");
  const where = (m: VnuMessage) =>
    `${m.url ? relative(SITE, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"}: ${m.message}`;
  const errors = messages.filter((m) => m.type !== "info" && !csp(m)).map(where);
  const warnings = messages.filter((m) => m.type === "info" && !csp(m)).map(where);
  console.log(
    `html.spec: ${files.length} pages checked: ${errors.length} errors, ${warnings.length} warnings` +
      ` (${messages.filter(csp).length} CSP notes from reading files from disk left out)`,
  );
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  expect(errors, "Nu HTML checker errors").toEqual([]);
});

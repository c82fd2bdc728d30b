/**
 * `anju watch` as a publisher uses it: the site is built, a saved change to the data is
 * published, a saved mistake is reported and leaves the published site as it was, and Ctrl+C
 * stops the watch cleanly. Runs the real command on the two-site fixture (about half a minute).
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/site-small");
let work = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-watch-"));
  await cp(FIXTURE, join(work, "data"), { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test(
  "rebuilds on a saved change, keeps the site after a mistake, stops on Ctrl+C",
  { timeout: 240_000 },
  async () => {
    const data = join(work, "data");
    const site = join(work, "site");
    const page = join(site, "sites", "420323-0001", "index.html");
    const child = spawn(process.execPath, ["bin/anju.mjs", "watch", data, "--out", site], {
      cwd: ROOT,
      env: { ...process.env, ANJU_RELEASES_DIR: join(work, "releases"), CI: "true" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    /** Waits until the log has said `text` `times` times in all. */
    const said = async (text: string, times: number) => {
      while (log.split(text).length - 1 < times) {
        if (child.exitCode !== null) throw new Error(`anju watch stopped early:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    try {
      await said("Watching", 1);
      expect(await readFile(page, "utf8")).toContain("麻家渡安置小区");

      // Changed data is a new release, so it comes with its own version: a published one never changes.
      const descriptor = await readFile(join(data, "datapackage.json"), "utf8");
      await writeFile(join(data, "datapackage.json"), descriptor.replaceAll('"test-1"', '"test-2"'));
      const sites = await readFile(join(data, "sites.csv"), "utf8");
      await writeFile(join(data, "sites.csv"), sites.replace("麻家渡安置小区", "麻家渡新村安置小区"));
      await said("Watching", 2);
      const renamed = await readFile(page, "utf8");
      expect(renamed).toContain("麻家渡新村安置小区");

      // A mistake (persons is not a number) is reported; the published site stays as it was.
      await writeFile(join(data, "sites.csv"), sites.replace(",60,190,", ",60,many,"));
      await said("Fix the data and save again", 1);
      expect(log).toMatch(/sites\.csv:\d+:persons/);
      expect(await readFile(page, "utf8")).toBe(renamed);

      child.kill("SIGINT");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  },
);

/**
 * What publishing may delete: only what Anju made. `anju build` refuses an --out that is not an
 * Anju build (exit 2, nothing touched); after a successful publish the build published before is
 * kept as the rollback copy, whatever killed builds left beside it, and nothing that is not
 * named like an Anju build, or that a running build still uses, is removed.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../../../scripts/cli.ts";
import { recordingEffects } from "../../../scripts/lib/effects.ts";
import { listFiles } from "../../../scripts/lib/walk.ts";
import { BUILD_RECORD, buildsDir, publish } from "../../../scripts/lib/publish.ts";

const ROOT = join(import.meta.dirname, "../../..");
let work = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "anju-publish-folders-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid;
}

/** Writes a folder of files. */
async function folder(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const COMPLETE = { [BUILD_RECORD]: '{"fingerprint":"abc"}\n', "index.html": "<p>site</p>" };
const stamp = (n: number) => String(1_700_000_000_000 + n).padStart(14, "0");

async function build(args: string[]) {
  const effects = recordingEffects(work);
  const config = join(ROOT, "config/site.json");
  const code = await main(
    ["build", join(ROOT, "tests/fixtures/site-small"), "--config", config, ...args],
    effects,
  );
  return { code, log: effects.stderr.join("\n") };
}

describe("anju build --out", () => {
  test("refuses a folder that holds no Anju build, with exit 2, and leaves it exactly as it was", async () => {
    const out = await folder(join(work, "documents"), { "report.docx": "mine", "notes.txt": "also mine" });
    const { code, log } = await build(["--out", out]);
    expect(code, log).toBe(2);
    expect(log).toMatch(/--out .*documents is a folder that holds no Anju build \(no build\.json\)/);
    expect(log).toMatch(/Give --out a new or empty folder/);
    expect(await listFiles(out)).toEqual(["notes.txt", "report.docx"]);
    expect(await readdir(work)).not.toContain("documents.builds");
  });

  test("refuses a file and a symbolic link Anju did not make", async () => {
    const file = join(work, "a-file");
    await writeFile(file, "mine");
    expect((await build(["--out", file])).log).toMatch(/is a file, not a folder/);
    const link = join(work, "a-link");
    await symlink(await folder(join(work, "elsewhere"), { "keep.txt": "x" }), link);
    const refused = await build(["--out", link]);
    expect(refused.code).toBe(2);
    expect(refused.log).toMatch(/is a symbolic link Anju did not make/);
    expect(await readlink(link)).toBe(join(work, "elsewhere"));
    expect(await readFile(file, "utf8")).toBe("mine");
  });
});

describe("publish", () => {
  test("keeps the build published before as the rollback copy and removes only what Anju left", async () => {
    const out = join(work, "site");
    const builds = buildsDir(out);
    const running = String(process.ppid);
    const dead = String(deadPid());
    const previous = await folder(join(builds, `${stamp(2)}-${dead}`), COMPLETE);
    await symlink(join("site.builds", `${stamp(2)}-${dead}`), out);
    // Older than the published build, complete: pruned.
    await folder(join(builds, `${stamp(1)}-${dead}`), COMPLETE);
    // Newer, left by killed builds: one incomplete, one complete but never published. Neither may
    // become the rollback copy.
    await folder(join(builds, `${stamp(3)}-${dead}`), { "index.html": "half" });
    await folder(join(builds, `${stamp(4)}-${dead}`), COMPLETE);
    await folder(join(builds, `.${stamp(5)}-${dead}.partial`), { "index.html": "half a copy" });
    // A build still running, a folder an older Anju moved aside that holds no build, and the
    // publisher's own folder: never removed.
    await folder(join(builds, `${stamp(6)}-${running}`), { "index.html": "in progress" });
    await folder(join(builds, `${stamp(0)}-legacy`), { "thesis.tex": "not a site" });
    await folder(join(builds, "notes"), { "todo.txt": "mine" });
    const next = await folder(join(builds, `${stamp(7)}-${dead}`), COMPLETE);

    await publish(out, next);

    expect(await readlink(out)).toBe(join("site.builds", `${stamp(7)}-${dead}`));
    expect((await readdir(builds)).sort()).toEqual(
      [
        `${stamp(0)}-legacy`,
        `${stamp(2)}-${dead}`,
        `${stamp(6)}-${running}`,
        `${stamp(7)}-${dead}`,
        "notes",
      ].sort(),
    );
    expect(await readFile(join(previous, "index.html"), "utf8")).toBe("<p>site</p>");
  });

  test("publishes over an empty folder or an Anju build kept as a plain folder, and refuses any other folder", async () => {
    const photos = await folder(join(work, "photos"), { "a.jpg": "x" });
    await expect(
      publish(photos, await folder(join(buildsDir(photos), `${stamp(9)}-1`), COMPLETE)),
    ).rejects.toThrow(/holds no Anju build/);
    expect(await listFiles(photos)).toEqual(["a.jpg"]);

    const empty = await folder(join(work, "empty"), {});
    await publish(empty, await folder(join(buildsDir(empty), `${stamp(9)}-1`), COMPLETE));
    expect(await readFile(join(empty, "index.html"), "utf8")).toBe("<p>site</p>");

    // Published before links were used: moved aside and kept as the rollback copy.
    const legacy = await folder(join(work, "legacy-site"), COMPLETE);
    await publish(legacy, await folder(join(buildsDir(legacy), `${stamp(9)}-1`), COMPLETE));
    const entries = await readdir(buildsDir(legacy));
    expect(entries).toHaveLength(2);
    expect(entries.filter((name) => name.endsWith("-legacy"))).toHaveLength(1);
  });
});

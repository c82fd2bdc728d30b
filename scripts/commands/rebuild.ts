/**
 * `anju rebuild RELEASE_DIR [--code DIR] [--data DIR] [--keep]`: builds a published release again
 * from what it records and compares every file of the site with the release's hash list.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, EXIT } from "../lib/cli-error.ts";
import { defineCommand } from "../lib/command.ts";
import {
  compareWithRelease,
  extractCommit,
  historyUpTo,
  provideDependencies,
  readReleaseToRebuild,
  runLogged,
} from "../lib/rebuild.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const rebuildCommand = defineCommand({
  name: "rebuild",
  summary: "build a release again and compare every file",
  operand: { name: "RELEASE_DIR", what: "release folder" },
  options: {
    code: { type: "string", value: "DIR", help: "build with the code in DIR instead of the recorded commit" },
    data: { type: "string", value: "DIR", help: "build this data directory instead of the recorded one" },
    keep: { type: "boolean", help: "keep the scratch folder (code, history, site) and print where it is" },
  },
  description: `Builds a published release again from what its manifest records and compares every file of the
site, byte for byte, with the release's list of the whole site as first published (site.sha256):
  1. the code: the recorded commit, extracted from this checkout's git repository into a scratch
     folder (or the code at --code DIR);
  2. the dependencies: this checkout's node_modules when the lockfile is the same, else npm ci;
  3. the data: the recorded data directory of that code (or --data DIR); the build refuses it
     unless its tables are exactly the release's;
  4. the configuration: the file recorded in the manifest;
  5. the release history as it stood: the releases before this one (beside RELEASE_DIR) and this
     one, so the history pages come out as first published.
Prints each file that differs, is missing or is extra. The signature of SHA256SUMS and its public
key need the publisher's private key: they are listed, not compared (check them with the key).`,
  epilogue: `A release URL is not supported: download the release folder (manifest.json, changes.json,
datapackage.zip, site.sha256) beside the earlier ones and give the folder.

Exit status: 0 every file is the same, 1 files differ (or the release cannot be rebuilt), 2 wrong usage.
Example: anju rebuild releases/2027-01-15-v2026.1.0/`,
  async run({ options: values, operand }, effects) {
    if (operand === undefined) throw new CliError('give one release folder. See "anju rebuild --help".');
    const given = operand;
    if (/^[a-z]+:\/\//i.test(given)) {
      throw new CliError(
        `${given}: rebuilding from a URL is not supported; download the release folder with the ones before it and give the folder.`,
      );
    }
    const release = await readReleaseToRebuild(resolve(effects.cwd, given));
    const { build, id } = release.manifest;
    if (!build.clean) {
      effects.log(
        `  warning: release ${id} was built from code with uncommitted changes; the commit alone may not rebuild it.`,
      );
    }
    if (build.node !== process.versions.node)
      effects.log(
        `  note: the release was built with Node ${build.node}; this is Node ${process.versions.node}.`,
      );

    const scratch = await mkdtemp(join(tmpdir(), `anju-rebuild-${id}-`));
    try {
      let code: string;
      if (typeof values.code === "string") code = resolve(effects.cwd, values.code);
      else if (build.commit === null)
        throw new CliError(
          `release ${id} records no commit (it was not built from a git checkout): give the code with --code DIR.`,
        );
      else {
        code = join(scratch, "code");
        effects.log(`▸ code: commit ${build.commit} into ${code}`);
        await extractCommit(ROOT, build.commit, code);
      }
      await provideDependencies(code, build, ROOT, effects.log);

      const data =
        typeof values.data === "string"
          ? resolve(effects.cwd, values.data)
          : build.data !== null
            ? join(code, build.data)
            : null;
      if (data === null)
        throw new CliError(
          `release ${id} was built from data outside its checkout: give it with --data DIR.`,
        );
      const config = join(scratch, "site.json");
      await writeFile(config, build.config);
      const history = join(scratch, "releases");
      const kept = await historyUpTo(release, dirname(release.dir), history);
      effects.log(`▸ history as published: ${kept.join(", ")}`);

      const site = join(scratch, "site");
      effects.log(`▸ build: ${data} with the recorded configuration…`);
      // Unsigned, and with no history but the one given: the publisher's key and folders stay out.
      const env = { ...process.env };
      delete env.ANJU_SIGNING_KEY;
      delete env.ANJU_RELEASES_DIR;
      const status = await runLogged(
        process.execPath,
        [
          join(code, "bin/anju.mjs"),
          "build",
          data,
          "--out",
          site,
          "--config",
          config,
          "--releases",
          history,
          "--force",
        ],
        { cwd: code, env },
        effects.log,
      );
      if (status !== 0)
        throw new CliError(`the build failed (exit ${status}); see its output above.`, EXIT.dataProblems);

      const found = await compareWithRelease(release, site);
      for (const path of found.differing) effects.out(`differs  ${path}`);
      for (const path of found.missing) effects.out(`missing  ${path}`);
      for (const path of found.extra) effects.out(`extra    ${path}`);
      for (const path of found.unreproducible)
        effects.log(
          `  not compared: ${path} (made with the publisher's private key; check it with the public key)`,
        );
      const wrong = found.differing.length + found.missing.length + found.extra.length;
      effects.log(
        wrong === 0
          ? `Release ${id}: every one of ${release.site.size - found.unreproducible.length} files rebuilt byte for byte.`
          : `Release ${id}: ${found.differing.length} files differ, ${found.missing.length} missing, ${found.extra.length} extra.`,
      );
      return wrong === 0 ? EXIT.ok : EXIT.dataProblems;
    } finally {
      if (values.keep) effects.log(`  scratch folder kept: ${scratch}`);
      else await rm(scratch, { recursive: true, force: true });
    }
  },
});

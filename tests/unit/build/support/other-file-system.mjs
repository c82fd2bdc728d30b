// Preloaded (node --import) into a build by other-file-system.test.ts: makes the folder named by
// ANJU_TEST_MOUNT behave like another file system, where a rename across its boundary fails with
// EXDEV as the kernel's does. For machines where a real file system cannot be mounted.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const mount = resolve(process.env.ANJU_TEST_MOUNT ?? "/nonexistent");
// Paths come as strings, Buffers or file: URLs (Astro moves its assets by URL).
const inside = (path) =>
  `${resolve(path instanceof URL ? fileURLToPath(path) : String(path))}${sep}`.startsWith(`${mount}${sep}`);
const crosses = (from, to) => inside(from) !== inside(to);
const exdev = (from, to) =>
  Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), {
    code: "EXDEV",
    errno: -18,
    syscall: "rename",
    path: String(from),
    dest: String(to),
  });

const { rename, renameSync } = fs;
const renamePromise = fs.promises.rename;
fs.renameSync = (from, to) => {
  if (crosses(from, to)) throw exdev(from, to);
  renameSync(from, to);
};
fs.rename = (from, to, callback) => {
  if (crosses(from, to)) process.nextTick(callback, exdev(from, to));
  else rename(from, to, callback);
};
fs.promises.rename = async (from, to) => {
  if (crosses(from, to)) throw exdev(from, to);
  return renamePromise(from, to);
};
// Named imports (`import { rename } from "node:fs/promises"`) see the replacements too.
syncBuiltinESMExports();

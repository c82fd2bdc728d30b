/**
 * Writes the policy pages' MDX (content/policy/zh.mdx and en.mdx) from the typed document
 * (src/lib/policy/document.ts) through src/lib/policy/mdx.ts. Run after changing either; the unit
 * tests fail while the files are stale.
 *
 *   node scripts/make-policy-pages.ts
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderPolicyEnMdx, renderPolicyZhMdx } from "../src/lib/policy/mdx.ts";

const dir = new URL("../content/policy/", import.meta.url);
await writeFile(new URL("zh.mdx", dir), renderPolicyZhMdx());
await writeFile(new URL("en.mdx", dir), renderPolicyEnMdx());
process.stdout.write(`Wrote zh.mdx and en.mdx in ${fileURLToPath(dir)}\n`);

#!/usr/bin/env node
// Entry point of the `anju` command. Checks the Node version before loading any TypeScript, so an
// old Node gets one clear line instead of a syntax error; Node >= 22.12 runs the .ts sources directly.
import { createRequire } from "node:module";

createRequire(import.meta.url)("../scripts/check-node.cjs");
const { main } = await import("../scripts/cli.ts");
process.exitCode = await main(process.argv.slice(2));

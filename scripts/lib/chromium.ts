/**
 * Which Chromium the browser tests and benchmarks start, and how: Debian's (`/usr/bin/chromium`)
 * when installed or the one `CHROMIUM_PATH` names, else Playwright's own download (on a machine
 * that can fetch it); without a sandbox (containers), a GPU, or any of the browser's own network
 * traffic (updates, sync), which would leave the site in tests and noise in benchmarks.
 */
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** The Chromium to start, or undefined for Playwright's (or chrome-launcher's) own. */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
}

export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright's launch options for that Chromium. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_FLAGS] };
}

/**
 * The site's size budget: what the built site weighs and how many files it has, against the
 * limits of the host it is published to (`anju build --max-size --max-files`).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "./cli-error.ts";
import { listFiles } from "./walk.ts";

/** Limits in bytes and files; null is no limit. */
export interface Budget {
  maxBytes: number | null;
  maxFiles: number | null;
}

/**
 * The defaults are the tightest of the common static hosts: GitHub Pages publishes at most 1 GB,
 * Cloudflare Pages at most 20,000 files. The Shiyan site fits; the national one does not.
 */
export const DEFAULT_BUDGET: Budget = { maxBytes: 1_000_000_000, maxFiles: 20_000 };

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** A size as a person writes it ("900MB", "1.5 GB", "2GiB"), in bytes; "none" is no limit. */
export function parseSize(text: string): number | null {
  if (text.trim().toLowerCase() === "none") return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*$/i.exec(text);
  const unit = UNITS[(match?.[2] ?? "").toLowerCase()];
  if (!match || unit === undefined) {
    throw new CliError(`--max-size: "${text}" is not a size. Write it like 900MB, 1.5GB or 2GiB, or none.`);
  }
  return Math.round(Number(match[1]) * unit);
}

/** A file count as given to --max-files; "none" is no limit. */
export function parseCount(text: string): number | null {
  if (text.trim().toLowerCase() === "none") return null;
  if (!/^\s*\d+\s*$/.test(text)) {
    throw new CliError(`--max-files: "${text}" is not a number of files. Write it like 20000, or none.`);
  }
  return Number(text);
}

/** Bytes for people: 1 decimal place, decimal units (as hosts state their limits). */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ["GB", 1e9],
    ["MB", 1e6],
    ["KB", 1e3],
  ] as const) {
    if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} B`;
}

/** What a built site weighs: in all, by top-level folder, and its largest files. */
export interface SiteSize {
  bytes: number;
  files: number;
  /** Top-level folders (with a trailing /) and files, heaviest first. */
  parts: { name: string; bytes: number; files: number }[];
  /** The heaviest files, heaviest first. */
  largest: { file: string; bytes: number }[];
}

/** Weighs the site below `root` (every file counted, the .gz copies too: they are uploaded). */
export async function measureSite(root: string): Promise<SiteSize> {
  const size: SiteSize = { bytes: 0, files: 0, parts: [], largest: [] };
  const parts = new Map<string, { name: string; bytes: number; files: number }>();
  const files: { file: string; bytes: number }[] = [];
  for (const file of await listFiles(root)) {
    // Synchronous: 237,000 awaited stat() calls took 23–26 s of a national build; the stage now
    // takes about 3 s with its listing.
    const bytes = statSync(join(root, file)).size;
    const slash = file.indexOf("/");
    const name = slash === -1 ? file : file.slice(0, slash + 1);
    const part = parts.get(name) ?? { name, bytes: 0, files: 0 };
    part.bytes += bytes;
    part.files += 1;
    parts.set(name, part);
    files.push({ file, bytes });
    size.bytes += bytes;
    size.files += 1;
  }
  size.parts = [...parts.values()].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  size.largest = files.sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file)).slice(0, 5);
  return size;
}

/** "545.2 MB in 10,008 files". */
export function describeSize(size: Pick<SiteSize, "bytes" | "files">): string {
  return `${formatBytes(size.bytes)} in ${size.files.toLocaleString("en")} files`;
}

/**
 * Lines saying how the site is over budget, with its largest parts and files and what to do;
 * empty when it fits.
 */
export function overBudget(size: SiteSize, budget: Budget): string[] {
  const over: string[] = [];
  if (budget.maxBytes !== null && size.bytes > budget.maxBytes) {
    over.push(`${formatBytes(size.bytes)}, over the limit of ${formatBytes(budget.maxBytes)} (--max-size)`);
  }
  if (budget.maxFiles !== null && size.files > budget.maxFiles) {
    over.push(
      `${size.files.toLocaleString("en")} files, over the limit of ${budget.maxFiles.toLocaleString("en")} (--max-files)`,
    );
  }
  if (over.length === 0) return [];
  return [
    `The site is too big for its host: ${over.join("; ")}.`,
    "Largest parts:",
    ...size.parts
      .slice(0, 5)
      .map(
        (part) => `  ${part.name}  ${formatBytes(part.bytes)} in ${part.files.toLocaleString("en")} files`,
      ),
    "Largest files:",
    ...size.largest.map((file) => `  ${file.file}  ${formatBytes(file.bytes)}`),
    "If the host takes more, raise the limit (e.g. --max-size 20GB --max-files 200000, or none);",
    "otherwise publish to a host that does (the README's Hosting section lists some).",
  ];
}

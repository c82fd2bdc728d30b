/**
 * One file of a built site as the output checks read it (output-checks-worker.ts): hashed when
 * asked, and checked by the guards when it is text. A small file is read whole. A large file of
 * lines — the downloads' CSV and JSON, one row a line — is read a slice at a time and each slice
 * checked with the end of the one before it: read whole, the areas' figures (445 MB at national
 * scale) were a 445 MB buffer and a string twice that, in each of two threads at once, and the
 * largest part of the build's memory while Pagefind indexed. The slices are small (SLICING).
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import type { DenyRule } from "../../src/lib/policy/spam.ts";
import { checkOutputText, type GuardFinding, type GuardRules } from "../../src/lib/publish/guards.ts";

/**
 * How a large file is read: `bytes` at a time (a file up to this size is read whole), each slice
 * checked after at least `overlap` characters of the one before, from the start of a line — more
 * than any match of the guards (a phrase, a number, a link) can span across lines, so none that a
 * line break cuts in two (a telephone number after "（0719）" and a line break) is missed.
 */
export interface Slicing {
  bytes: number;
  overlap: number;
}

// 64 KiB: the slice's text (with the overlap, flattened when the guards search it) stays under V8's
// 128 KB limit for objects in the ordinary heap, whose pages are reused from one slice to the next.
// A larger string goes to the large-object space, where each is memory newly mapped from the
// system and faulted in: national downloads (1.28 GB of CSV and JSON) took 14–16 s in 16 MiB
// slices, 17–18 s in 128 KiB and 8.4–9.4 s in 64 KiB (system time 3–5 s against 0.3–0.5 s);
// 32 KiB and 16 KiB were no faster (bench/RESULTS.md, stop 51).
const SLICING: Slicing = { bytes: 64 * 1024, overlap: 4096 };

/** Files whose every line is a record (the downloads): they can be checked a slice of lines at a time. */
const LINE_FILE = /\.(?:csv|json|geojson|txt)$/i;

const NEWLINE = 0x0a;

/** What reading one file found: the guards' findings (none for a file that is not text) and its hash. */
export interface FileCheck {
  findings: GuardFinding[];
  sha256: string | null;
}

/**
 * Reads the file `file` of the site at `dir` once: its SHA-256 when `hash`, and, when `text`, the
 * guards' findings. A large file of lines reports each distinct finding once (a slice and the one
 * after it share their overlap). A line longer than a slice makes the file read whole.
 */
export function checkFile(
  dir: string,
  file: string,
  check: { text: boolean; hash: boolean; rules: GuardRules; deny: readonly DenyRule[] },
  slicing: Slicing = SLICING,
): FileCheck {
  const path = join(dir, file);
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size <= slicing.bytes || !check.text || !LINE_FILE.test(file)) {
      // Synchronous: the thread has nothing else to do, and fs/promises' readFile (open, stat,
      // read and close, each a round trip through libuv's thread pool) took 5–8× as long on pages.
      const bytes = readFileSync(fd);
      return {
        sha256: check.hash ? createHash("sha256").update(bytes).digest("hex") : null,
        findings: check.text ? checkOutputText(file, bytes.toString("utf8"), check.rules, check.deny) : [],
      };
    }
    return (
      inSlices(fd, file, check, slicing) ??
      checkFile(dir, file, check, { ...slicing, bytes: Number.POSITIVE_INFINITY })
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * A large file of lines checked a slice of whole lines at a time; null when a line is longer than a
 * slice (the caller reads the file whole). Slices end after a line feed, which is never part of a
 * longer UTF-8 character, so each decodes as it would within the whole text.
 */
function inSlices(
  fd: number,
  file: string,
  check: { hash: boolean; rules: GuardRules; deny: readonly DenyRule[] },
  { bytes: sliceBytes, overlap: keep }: Slicing,
): FileCheck | null {
  const hash = check.hash ? createHash("sha256") : null;
  const found = new Map<string, GuardFinding>();
  const buffer = Buffer.allocUnsafe(sliceBytes);
  // The bytes after the last line feed read so far, and the last lines already checked.
  let rest: Buffer = Buffer.alloc(0);
  let overlap = "";
  const checkText = (text: string) => {
    const whole = overlap + text;
    for (const finding of checkOutputText(file, whole, check.rules, check.deny))
      found.set(`${finding.code}\0${finding.detail}`, finding);
    const cut = whole.lastIndexOf("\n", whole.length - keep - 1);
    overlap = cut < 0 ? whole : whole.slice(cut + 1);
  };
  for (;;) {
    const read = readSync(fd, buffer, 0, sliceBytes, null);
    if (read === 0) break;
    const bytes = buffer.subarray(0, read);
    hash?.update(bytes);
    const end = bytes.lastIndexOf(NEWLINE);
    if (end < 0) {
      rest = Buffer.concat([rest, bytes]);
      if (rest.length > sliceBytes) return null;
      continue;
    }
    checkText(Buffer.concat([rest, bytes.subarray(0, end + 1)]).toString("utf8"));
    rest = Buffer.from(bytes.subarray(end + 1));
    if (overlap.length > sliceBytes) return null;
  }
  if (rest.length > 0) checkText(rest.toString("utf8"));
  return { findings: [...found.values()], sha256: hash?.digest("hex") ?? null };
}

/** Messages between the check page and its worker. */
import type { IgnoredFile, SkippedCheck } from "../../lib/check/index.ts";
import type { ProblemHeadings } from "../../lib/check/report.ts";
import type { ProblemsView } from "../../lib/check/view.ts";
import type { Lang } from "../../lib/i18n/index.ts";
import type { DroppedFile } from "../verify/protocol.ts";

/** What the page asks: check these files (CSVs, a descriptor, or zips of them). */
export interface Request {
  files: DroppedFile[];
  /** The page's language: problems are listed and written into the reports in it. */
  lang: Lang;
  /** The heading of the column added to each file's annotated copy. */
  annotatedColumn: string;
  /** The problem list's headings. */
  headings: ProblemHeadings;
}

/** A file the worker made for the clerk to download (a Blob is passed without copying its bytes). */
export interface Download {
  name: string;
  blob: Blob;
}

export type Reply =
  | { type: "progress"; file: string; index: number; total: number }
  | {
      type: "checked";
      view: ProblemsView;
      ignored: IgnoredFile[];
      skipped: SkippedCheck[];
      publishedDescriptor: boolean;
      /** The problem list first, then each checked CSV that has problems, with its problems column. */
      downloads: Download[];
      seconds: number;
    }
  | { type: "failed"; message: string };

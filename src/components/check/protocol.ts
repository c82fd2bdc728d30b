/** Messages between the check page and its worker. */
import type { CheckOutcome } from "../../lib/check/index.ts";
import type { DroppedFile } from "../verify/protocol.ts";

/** What the page asks: check these files (CSVs, a descriptor, or zips of them). */
export interface Request {
  files: DroppedFile[];
  /** The heading of the column added to each file's annotated copy. */
  annotatedColumn: string;
}

/** A checked file with its problems in one more column, ready to download. */
export interface AnnotatedFile {
  name: string;
  csv: string;
}

export type Reply =
  | { type: "progress"; file: string; index: number; total: number }
  | {
      type: "checked";
      outcome: CheckOutcome;
      problemsCsv: string;
      annotated: AnnotatedFile[];
      seconds: number;
    }
  | { type: "failed"; message: string };

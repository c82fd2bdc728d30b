/** Messages between the verify and receipt pages and their worker. */
import type { IndicatorMeta, IndicatorValue } from "../../lib/indicators/index.ts";
import type { FigureReceipt } from "../../lib/indicators/receipt.ts";
import type { CheckResult } from "../../lib/receipts/check.ts";
import type { ReceiptAddress } from "../../lib/receipts/href.ts";
import type { VerifyManifest } from "../../lib/receipts/manifest.ts";

/** A file the user dropped: its name and bytes. */
export interface DroppedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** What the page asks the worker to do. */
export type Request =
  { type: "check"; dropped: DroppedFile[] } | { type: "receipt"; address: ReceiptAddress };

/** A file the worker read: where from, and its SHA-256 beside the published one. */
export interface FileUse {
  name: string;
  path: string;
  source: "published" | "dropped";
  sha256: string;
  publishedSha256: string | null;
}

/** What the worker answers. */
export type Reply =
  | { type: "progress"; stage: "fetch" | "validate" | "compute" }
  | { type: "checked"; result: CheckResult; files: FileUse[]; ignored: string[]; seconds: number }
  | {
      type: "receipt";
      meta: IndicatorMeta;
      receipt: FigureReceipt;
      published: IndicatorValue | null;
      csv: string;
      csvName: string;
      files: FileUse[];
      manifest: VerifyManifest;
      problems: CheckResult["problems"];
    }
  | { type: "unknown-indicator"; id: string }
  | { type: "failed"; message: string };

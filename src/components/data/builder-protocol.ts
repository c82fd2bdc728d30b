/** Messages between the download builder's page script and its worker. */
import type { BuilderChoice, BuilderFile, BuilderSource } from "../../lib/downloads/builder.ts";

/** What the page asks: read these files of `/data/` as `source` and write what `choice` keeps. */
export interface BuildRequest {
  base: string;
  files: BuilderFile[];
  source: BuilderSource;
  choice: BuilderChoice;
}

export type BuildReply =
  | { type: "progress"; file: string; done: number; total: number }
  | { type: "done"; blob: Blob; rows: number }
  | { type: "error"; reason: string };

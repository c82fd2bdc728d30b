/**
 * The download builder's worker: streams each published file, cuts it into records and writes the
 * chosen rows, so a national-scale table never freezes the page nor sits in memory as rows.
 */
import { BuilderError, BuilderWriter, RecordSplitter } from "../../lib/downloads/builder-stream.ts";
import type { BuildReply, BuildRequest } from "./builder-protocol.ts";

const post = (reply: BuildReply) => {
  postMessage(reply);
};

async function build({ base, files, source, choice }: BuildRequest): Promise<void> {
  const writer = new BuilderWriter(source, choice);
  const parts: string[] = [writer.header()];
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  for (const file of files) {
    const response = await fetch(new URL(file.path, base));
    if (!response.ok || !response.body) throw new BuilderError(`${file.path}: HTTP ${response.status}`);
    const reader = response.body.getReader();
    // Published CSVs are UTF-8; a byte that is not would be a broken file, not a guess.
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const splitter = new RecordSplitter();
    let header = true;
    const take = (records: string[][]) => {
      if (header && records.length > 0) {
        writer.startFile(file.path, records[0]!);
        header = false;
        records = records.slice(1);
      }
      if (records.length > 0) parts.push(writer.write(records));
    };
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      done += value.byteLength;
      take(splitter.push(decoder.decode(value, { stream: true })));
      post({ type: "progress", file: file.path, done, total });
    }
    take(splitter.push(decoder.decode()));
    take(splitter.end());
  }
  post({ type: "done", blob: new Blob(parts, { type: "text/csv;charset=utf-8" }), rows: writer.rows });
}

addEventListener("message", (event: MessageEvent<BuildRequest>) => {
  build(event.data).catch((error: unknown) => {
    post({ type: "error", reason: error instanceof Error ? error.message : String(error) });
  });
});

import { describe, expect, test } from "vitest";
import { ByteText, utf8 } from "../../../src/lib/downloads/byte-text.ts";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

describe("a text assembled as bytes", () => {
  test("is the UTF-8 of its pieces, ASCII or not, past the room first made", () => {
    const text = new ByteText(1);
    const pieces = ["\uFEFFindicator,", "site,", "竹山县,", "2025Q4,0.6666666666666666", "mixed: a→b 😀 end"];
    for (const piece of pieces) text.text(piece);
    text.bytes(utf8("麻家渡,"));
    text.byte(0x0d);
    text.byte(0x0a);
    const whole = `${pieces.join("")}麻家渡,\r\n`;
    expect(text.done()).toEqual(new TextEncoder().encode(whole));
    expect(text.length).toBe(new TextEncoder().encode(whole).byteLength);
    expect(decoder.decode(text.done())).toBe(whole);
  });

  test("gives the bytes written since a point, to copy into another text", () => {
    const first = new ByteText();
    first.text("head,");
    const start = first.length;
    first.text("2025Q4,1,2,0.5");
    const second = new ByteText();
    second.text("'=head,");
    second.bytes(first.since(start));
    expect(decoder.decode(second.done())).toBe("'=head,2025Q4,1,2,0.5");
  });

  test("is empty when nothing is written", () => {
    expect(new ByteText().done()).toEqual(new Uint8Array());
  });
});

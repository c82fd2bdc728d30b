import { describe, expect, test } from "vitest";
import { ByteText, utf8 } from "../../../src/lib/text/byte-text.ts";

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

  test("writes numbers as String() does, whole ones digit by digit", () => {
    const numbers = [
      0,
      -0,
      7,
      10,
      99,
      100,
      1234567890,
      4294967295,
      4294967296,
      2 ** 53,
      1e21,
      0.1,
      1 / 3,
      12.5,
      -5,
      1e-7,
    ];
    const text = new ByteText(1);
    for (const n of numbers) {
      text.number(n);
      text.byte(0x2c);
    }
    expect(decoder.decode(text.done())).toBe(numbers.map((n) => `${String(n)},`).join(""));
  });

  test("writes every whole number as String does, at each number of digits", () => {
    // Every number below 100,000, and each power of ten up to 2^32 with its neighbours.
    const numbers = Array.from({ length: 100_000 }, (_, i) => i);
    for (let power = 10; power <= 1e10; power *= 10) numbers.push(power - 1, power, power + 1);
    numbers.push(4294967295, 3999999999, 1000000007);
    const text = new ByteText(1);
    for (const n of numbers) {
      text.number(n);
      text.byte(0x2c);
    }
    expect(decoder.decode(text.done())).toBe(numbers.map((n) => `${String(n)},`).join(""));
  });

  test("is empty when nothing is written", () => {
    expect(new ByteText().done()).toEqual(new Uint8Array());
  });
});

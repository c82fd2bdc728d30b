/**
 * A file's UTF-8 bytes assembled piece by piece in one growing buffer, for the large files (the
 * release's CSVs, the indicators JSON): a piece repeated on many lines (a series' indicator and
 * place names) is encoded once and copied, and the short ASCII rest of each line is written a
 * character a byte. Building the text as strings and encoding it whole cost the release as much
 * again as making the text. Pure.
 */

const encoder = new TextEncoder();

/** The highest character code written a character a byte (UTF-8 encodes 0–127 as themselves). */
const ASCII_MAX = 0x7f;

/** The ASCII digits of 00 to 99, two bytes a number: `DIGIT_PAIRS[2k]` and `[2k + 1]` write k. */
const DIGIT_PAIRS = Uint8Array.from(
  { length: 200 },
  (_, i) => 0x30 + (i % 2 === 0 ? Math.floor(i / 20) : (i >> 1) % 10),
);

/** How many decimal digits a whole number from 0 to 2^32 − 1 has. */
function decimalDigits(n: number): number {
  // Compared, not divided: divisions were the cost.
  if (n < 1e5) return n < 10 ? 1 : n < 100 ? 2 : n < 1e3 ? 3 : n < 1e4 ? 4 : 5;
  return n < 1e6 ? 6 : n < 1e7 ? 7 : n < 1e8 ? 8 : n < 1e9 ? 9 : 10;
}

export class ByteText {
  #bytes: Uint8Array;
  #length = 0;

  /** `expected`: about how many bytes the text will hold (it grows past that when it must). */
  constructor(expected = 1024) {
    this.#bytes = new Uint8Array(Math.max(16, expected));
  }

  /** How many bytes are written so far. */
  get length(): number {
    return this.#length;
  }

  /** Makes room for `more` bytes after what is written, doubling the buffer when it must grow. */
  #room(more: number): void {
    const needed = this.#length + more;
    if (needed <= this.#bytes.byteLength) return;
    const grown = new Uint8Array(Math.max(needed, this.#bytes.byteLength * 2));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  /** Appends bytes as they are (an encoded piece, or a piece of another text). */
  bytes(piece: Uint8Array): void {
    this.#room(piece.byteLength);
    this.#bytes.set(piece, this.#length);
    this.#length += piece.byteLength;
  }

  /** Appends one byte (an ASCII character's code, such as a line end's). */
  byte(code: number): void {
    this.#room(1);
    this.#bytes[this.#length++] = code;
  }

  /** Appends a string as UTF-8: ASCII a character a byte, anything else through the encoder. */
  text(piece: string): void {
    // UTF-8 takes at most 3 bytes for each UTF-16 code unit.
    this.#room(piece.length * 3);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (code > ASCII_MAX) {
        at += encoder.encodeInto(piece.slice(i), bytes.subarray(at)).written;
        break;
      }
      bytes[at++] = code;
    }
    this.#length = at;
  }

  /**
   * Appends a number as `String(n)` writes it. Whole numbers from 0 to 2^32 − 1 (counts, the
   * most common) are written two digits at a time, without making the string: a division a
   * digit was most of the time `anju compute` took to write its 14.7 million values' counts.
   */
  number(n: number): void {
    if (!(n >= 0 && n <= 0xffffffff && n === Math.floor(n))) {
      this.text(String(n));
      return;
    }
    const digits = decimalDigits(n);
    this.#room(digits);
    const bytes = this.#bytes;
    let at = this.#length + digits;
    this.#length = at;
    let rest = n;
    while (rest >= 100) {
      const next = Math.floor(rest / 100);
      const pair = (rest - next * 100) * 2;
      bytes[--at] = DIGIT_PAIRS[pair + 1]!;
      bytes[--at] = DIGIT_PAIRS[pair]!;
      rest = next;
    }
    // The first one or two digits, at the start of the number's room.
    if (rest >= 10) {
      bytes[at - 1] = DIGIT_PAIRS[rest * 2 + 1]!;
      bytes[at - 2] = DIGIT_PAIRS[rest * 2]!;
    } else {
      bytes[at - 1] = 0x30 + rest;
    }
  }

  /** Forgets what is written, keeping the room made, to assemble the next text in it. */
  clear(): void {
    this.#length = 0;
  }

  /** The bytes from `start` to what is written now: a view, valid until the next write. */
  since(start: number): Uint8Array {
    return this.#bytes.subarray(start, this.#length);
  }

  /** The whole text's bytes, in a buffer of their own size. */
  done(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

/** A string's UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

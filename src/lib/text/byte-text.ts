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
   * most common) are written digit by digit, without making the string.
   */
  number(n: number): void {
    if (!(n >= 0 && n <= 0xffffffff && n === Math.floor(n))) {
      this.text(String(n));
      return;
    }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.#room(digits);
    const bytes = this.#bytes;
    let at = this.#length + digits;
    this.#length = at;
    let rest = n;
    do {
      const next = Math.floor(rest / 10);
      bytes[--at] = 0x30 + rest - next * 10;
      rest = next;
    } while (rest > 0);
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

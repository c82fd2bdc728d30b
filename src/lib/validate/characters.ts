/**
 * Characters a cell must not carry, found with their place in the cell. Control characters,
 * noncharacters, lone surrogates and U+FFFD break the programs that read the file or mark text
 * already damaged; bidi controls make a reader see something other than what is published. Both
 * are errors. Other format characters (zero-width space, joiners, BOM inside a cell) are
 * invisible but harmless once removed: the validator removes them and warns.
 */

import type { Bilingual } from "../i18n/index.ts";

/** What a cell holds that it should not, or null when it is clean. */
export interface CharacterFinding {
  /** The first character that makes the cell an error, or null. */
  error: {
    code: "invalid-character" | "bidi-control";
    /** Position in the cell, counting characters (code points) from 1. */
    position: number;
    /** The character, named: `U+0000 (NUL)`. */
    name: Bilingual;
  } | null;
  /** How many format characters (Unicode Cf, bidi controls aside) the cell holds, and the first. */
  format: { count: number; position: number; name: Bilingual } | null;
}

// U+FFFD is written as an escape inside a string: a bundler would print a regular expression's
// \uFFFD as the character itself, and the build's output checks refuse U+FFFD in what it publishes.
const SUSPECT = new RegExp("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Noncharacter_Code_Point}\\uFFFD]", "u");
// Tab, line feed and carriage return are the only control characters text may hold: a quoted CSV
// cell may span lines, and leading or trailing ones are trimmed.
const ALLOWED_CONTROL = /^[\t\n\r]$/;
const INVALID = new RegExp("^[\\p{Cc}\\p{Cs}\\p{Noncharacter_Code_Point}\\uFFFD]$", "u");
const BIDI_CONTROL = /^[\u202A-\u202E\u2066-\u2069]$/;
const FORMAT = /^\p{Cf}$/u;

const NAMES: Record<number, string> = {
  0x00: "NUL",
  0x07: "BELL",
  0x08: "BACKSPACE",
  0x0b: "VERTICAL TAB",
  0x0c: "FORM FEED",
  0x1a: "SUBSTITUTE",
  0x1b: "ESCAPE",
  0x7f: "DELETE",
  0xad: "SOFT HYPHEN",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE, the byte-order mark",
  0xfffd: "REPLACEMENT CHARACTER, left where text was decoded with the wrong encoding",
};

// What a clerk calls them; characters without a name of their own are named by their kind.
const NAMES_ZH: Record<number, string> = {
  0x00: "空字符 NUL",
  0x1b: "退出符 ESC",
  0x7f: "删除符 DEL",
  0xad: "软连字符",
  0x200b: "零宽空格",
  0x200c: "零宽非连接符",
  0x200d: "零宽连接符",
  0x200e: "从左到右标记",
  0x200f: "从右到左标记",
  0x202a: "从左到右嵌入符",
  0x202b: "从右到左嵌入符",
  0x202c: "方向格式结束符",
  0x202d: "从左到右强制符",
  0x202e: "从右到左强制符",
  0x2060: "字连接符",
  0x2066: "从左到右隔离符",
  0x2067: "从右到左隔离符",
  0x2068: "首强字符隔离符",
  0x2069: "方向隔离结束符",
  0xfeff: "零宽不换行空格，即字节顺序标记 BOM",
  0xfffd: "替换字符，用错编码解码文字时留下的",
};

const REPLACEMENT_CHARACTER = new RegExp("\\uFFFD");

/** Whether a text holds U+FFFD, the mark of bytes that could not be decoded. */
export function holdsReplacementCharacter(text: string): boolean {
  return REPLACEMENT_CHARACTER.test(text);
}

/** A character as a publisher can look it up: `U+202E (RIGHT-TO-LEFT OVERRIDE)`, `U+202E（从右到左强制符）`. */
export function nameCharacter(char: string): Bilingual {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name =
    NAMES[code] ??
    (/\p{Cc}/u.test(char)
      ? "a control character"
      : /\p{Cs}/u.test(char)
        ? "half of a surrogate pair, alone"
        : /\p{Noncharacter_Code_Point}/u.test(char)
          ? "a noncharacter"
          : "an invisible format character");
  const nameZh =
    NAMES_ZH[code] ??
    (/\p{Cc}/u.test(char)
      ? "控制字符"
      : /\p{Cs}/u.test(char)
        ? "落单的半个代理对"
        : /\p{Noncharacter_Code_Point}/u.test(char)
          ? "非字符"
          : "看不见的格式字符");
  return { zh: `${hex}（${nameZh}）`, en: `${hex} (${name})` };
}

/** Whether every character is printable ASCII: most cells of big files, checked without a regex. */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Finds the characters of a cell that are errors or that will be removed; null for a clean cell (the common case, one regex test). */
export function inspectCharacters(text: string): CharacterFinding | null {
  if (isPrintableAscii(text) || !SUSPECT.test(text)) return null;
  let error: CharacterFinding["error"] = null;
  let format: CharacterFinding["format"] = null;
  let position = 0;
  // Iterating a string yields code points, and a lone surrogate as itself.
  for (const char of text) {
    position++;
    if (ALLOWED_CONTROL.test(char)) continue;
    if (error === null && BIDI_CONTROL.test(char)) {
      error = { code: "bidi-control", position, name: nameCharacter(char) };
    } else if (error === null && INVALID.test(char)) {
      error = { code: "invalid-character", position, name: nameCharacter(char) };
    } else if (FORMAT.test(char) && !BIDI_CONTROL.test(char)) {
      if (format === null) format = { count: 1, position, name: nameCharacter(char) };
      else format.count++;
    }
  }
  return error === null && format === null ? null : { error, format };
}

import { describe, expect, test } from "vitest";
import { compareSites, parseSha256Sums } from "../../../src/lib/releases/site-sums.ts";

const A = "a".repeat(64);
const B = "b".repeat(64);
const C = "c".repeat(64);

describe("the whole-site hash list", () => {
  test("parseSha256Sums reads the sha256sum format, binary marker included", () => {
    expect(parseSha256Sums(`${A}  index.html\n${B} *data/x.zip\n`)).toEqual(
      new Map([
        ["index.html", A],
        ["data/x.zip", B],
      ]),
    );
  });

  test("parseSha256Sums names the line that is not HASH  PATH", () => {
    expect(() => parseSha256Sums(`${A}  index.html\nnot a sum\n`)).toThrow(/line 2 is not/);
  });

  test("compareSites reports each differing, missing and extra file, and nothing for equal sites", () => {
    const recorded = new Map([
      ["index.html", A],
      ["en/index.html", B],
      ["old.html", C],
    ]);
    expect(compareSites(recorded, new Map(recorded))).toEqual({
      differing: [],
      missing: [],
      extra: [],
      unreproducible: [],
    });
    const rebuilt = new Map([
      ["index.html", A],
      ["en/index.html", C],
      ["new.html", A],
    ]);
    expect(compareSites(recorded, rebuilt)).toEqual({
      differing: ["en/index.html"],
      missing: ["old.html"],
      extra: ["new.html"],
      unreproducible: [],
    });
  });

  test("compareSites sets aside the signature and public key, which only the publisher's key makes", () => {
    const recorded = new Map([
      ["data/SHA256SUMS", A],
      ["data/SHA256SUMS.sig", B],
      ["data/SHA256SUMS.pub.pem", C],
    ]);
    expect(compareSites(recorded, new Map([["data/SHA256SUMS", A]]))).toEqual({
      differing: [],
      missing: [],
      extra: [],
      unreproducible: ["data/SHA256SUMS.pub.pem", "data/SHA256SUMS.sig"],
    });
  });
});

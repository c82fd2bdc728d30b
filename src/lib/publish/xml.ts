/**
 * Whether a published XML file (feed, sitemap, SVG) is well-formed XML 1.0 with namespaces.
 * saxes is a strict, conforming parser: it refuses what browsers and feed readers refuse, the
 * characters XML forbids included, where lenient parsers let them through.
 */
import { SaxesParser } from "saxes";

/** The first well-formedness error as `line:column: reason`, or null when the text is well-formed XML. */
export function xmlError(text: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | null = null;
  parser.on("error", (error) => {
    first ??= error.message;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    first ??= (error as Error).message;
  }
  return first;
}

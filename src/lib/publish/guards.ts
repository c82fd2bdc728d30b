/**
 * Checks on the built site before it is published: links only to allowed hosts, no spam from the
 * denylist, no personal data, no broken characters. Pure: the build reads the files and passes text.
 */
import { DEFAULT_DENYLIST, findDenied, type DenyRule } from "../policy/spam.ts";
import { foldText } from "../text/fold.ts";
import { findPersonalDataInFolded } from "../validate/personal-data.ts";
import { xmlError } from "./xml.ts";

/** What the guards allow, from the publisher's configuration. */
export interface GuardRules {
  /** The site's own host (from its URL); links there are always allowed. */
  siteHost: string;
  /** Other hosts links may point to (exact host names). */
  allowedHosts: readonly string[];
  /** Phrases refused on top of the built-in spam list. */
  deniedPhrases: readonly string[];
}

/** One reason a built file must not be published. */
export interface GuardFinding {
  file: string;
  code:
    "foreign-link" | "denied-text" | "personal-data" | "replacement-character" | "stray-bom" | "invalid-xml";
  detail: string;
}

const LINK_ATTRIBUTE = /\b(?:href|src|action|srcset|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>)]+/gi;
/** Files that are XML documents: feeds, sitemaps, SVG images. */
const XML_FILE = /\.(?:xml|svg|atom|rss|xsl)$/i;

function hostOf(url: string): string | null {
  try {
    return new URL(url.replace(/&amp;/g, "&")).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Builds the deny rules: the built-in list plus the publisher's phrases (matched literally). */
export function denyRules(phrases: readonly string[]): DenyRule[] {
  return [
    ...DEFAULT_DENYLIST,
    ...phrases.map((phrase, i) => ({
      id: `configured-${i + 1}`,
      pattern: new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"),
      why: "listed in config/site.json guards.deniedPhrases",
    })),
  ];
}

/**
 * Checks one output file's text. HTML is checked for links in attributes; every text file for
 * denied phrases, personal data, U+FFFD and a BOM (JSON and HTML must carry none); every XML
 * file (feeds, sitemap, SVG) is parsed and must be well-formed.
 */
export function checkOutputText(
  file: string,
  text: string,
  rules: GuardRules,
  deny: readonly DenyRule[],
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const allowed = new Set([rules.siteHost.toLowerCase(), ...rules.allowedHosts.map((h) => h.toLowerCase())]);
  const isHtml = /\.(?:html?|svg)$/i.test(file);
  // Scripts and styles are Anju's own bundles: their URLs are library constants, not links.
  const isCode = /\.(?:m?js|css)$/i.test(file);
  const links = isCode
    ? []
    : isHtml
      ? [...text.matchAll(LINK_ATTRIBUTE)].map((m) => m[1] ?? m[2] ?? "")
      : // XML namespace names are identifiers that look like URLs, not links.
        [...text.replace(/\bxmlns(?::\w+)?\s*=\s*"[^"]*"/g, "").matchAll(URL_IN_TEXT)].map((m) => m[0]);
  for (const link of links) {
    const trimmed = link.trim();
    if (/^javascript:/i.test(trimmed)) {
      findings.push({ file, code: "foreign-link", detail: `a javascript: URL (${trimmed.slice(0, 60)})` });
      continue;
    }
    if (!/^(?:https?:)?\/\//i.test(trimmed)) continue;
    const host = hostOf(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
    if (host !== null && !allowed.has(host)) {
      findings.push({
        file,
        code: "foreign-link",
        detail: `a link to ${host}, which is not on the allowlist (${trimmed.slice(0, 100)})`,
      });
    }
  }
  // Read as the validator reads cells: zero-width characters, full-width forms and other digits
  // can hide neither spam nor personal data.
  const folded = foldText(text);
  for (const match of findDenied(folded, deny)) {
    findings.push({ file, code: "denied-text", detail: `“${match.text}” (rule ${match.rule})` });
  }
  // Personal data is looked for in the visible text, not in markup, hashes or URLs.
  const visible = isHtml ? folded.replace(/<[^>]*>/g, " ") : folded;
  const personal = isCode ? null : findPersonalDataInFolded(visible);
  if (personal)
    findings.push({ file, code: "personal-data", detail: `what looks like a ${personal} number` });
  if (text.includes("\uFFFD")) {
    findings.push({
      file,
      code: "replacement-character",
      detail: "U+FFFD, the mark of text decoded with the wrong encoding",
    });
  }
  const xml = XML_FILE.test(file) ? xmlError(text) : null;
  if (xml !== null) {
    findings.push({
      file,
      code: "invalid-xml",
      detail: `not well-formed XML (${xml}): feed readers and search engines would refuse it`,
    });
  }
  if (/\.(?:html?|json)$/i.test(file) && text.includes("\uFEFF")) {
    findings.push({ file, code: "stray-bom", detail: "a byte-order mark (U+FEFF)" });
  }
  return findings;
}

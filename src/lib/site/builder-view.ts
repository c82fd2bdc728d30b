/**
 * The download builder's form on `/data/`: what can be chosen (sources, counties, quarters,
 * indicators), the sources' descriptions the browser reads the published files by, and the
 * head of the README written beside each download (release and citation). Pure.
 */
import type { BuilderSource } from "../downloads/builder.ts";
import { builderSources } from "../downloads/builder-sources.ts";
import type { DownloadsIndex } from "../downloads/plan.ts";
import { citationText, type CitationParts } from "../downloads/views.ts";
import type { IndicatorMeta } from "../indicators/index.ts";
import {
  formatDate,
  formatPeriod,
  messageTemplates,
  t,
  type Bilingual,
  type Lang,
  type MessageKey,
} from "../i18n/index.ts";
import { TABLE_NAMES, tableByName } from "../schema/index.ts";

/** One choice of a select or a group of boxes. */
export interface BuilderOption {
  value: string;
  label: string;
}

export interface BuilderView {
  /** The sources, grouped as the select shows them: the contract's tables, then the computed figures. */
  groups: { label: string; options: BuilderOption[] }[];
  counties: BuilderOption[];
  periods: BuilderOption[];
  indicators: BuilderOption[];
  /** The source chosen when the page opens: every site's latest figures, what most people come for. */
  selected: string;
  /** What the browser needs, as JSON for the page: sources, site name and release, words. */
  manifest: string;
}

/** What the browser reads from the page to plan and label a download. */
export interface BuilderManifest {
  sources: BuilderSource[];
  site: string;
  version: string;
  /** The README's first lines: title, release and how to cite. */
  readmeHead: string;
  words: Record<(typeof CLIENT_KEYS)[number], string>;
}

/** The words builder-client.ts writes. */
const CLIENT_KEYS = [
  "builder.reading",
  "builder.done",
  "builder.failed",
  "builder.noCounty",
  "builder.noColumn",
  "builder.save",
  "builder.readme",
  "builder.readmeChoice",
  "builder.readmeFiles",
  "builder.readmeRows",
  "builder.all",
] as const satisfies readonly MessageKey[];

export interface BuilderInput {
  index: DownloadsIndex;
  indicators: readonly IndicatorMeta[];
  counties: readonly { code: string; name: Bilingual }[];
  periods: readonly string[];
  citation: CitationParts;
  /** The site's name in Latin letters, for file names. */
  siteSlug: string;
}

export function builderView(input: BuilderInput, lang: Lang): BuilderView {
  const siteIndicators = input.indicators.filter((meta) => meta.levels.includes("site"));
  const sources = builderSources(input.index, siteIndicators);
  const has = new Set(sources.map((source) => source.key));
  const tables = TABLE_NAMES.filter((name) => has.has(name)).map((name) => ({
    value: name,
    label: tableByName(name).title[lang],
  }));
  const figures: BuilderOption[] = [
    { value: "figures", label: t(lang, "builder.figuresAreas") },
    { value: "latest", label: t(lang, "builder.latest") },
    ...siteIndicators
      .filter((meta) => has.has(`sites/${meta.id}`))
      .map((meta) => ({
        value: `sites/${meta.id}`,
        label: t(lang, "builder.siteFigures", { indicator: meta.title[lang] }),
      })),
  ];
  const { citation } = input;
  const readmeHead = [
    t(lang, "builder.readmeTitle", { site: citation.title }),
    t(lang, "builder.readmeRelease", { version: citation.version, date: formatDate(citation.date, lang) }),
    `${t(lang, "builder.readmeCite")}${citationText(citation, lang)}`,
  ].join("\n");
  const manifest: BuilderManifest = {
    sources,
    site: input.siteSlug,
    version: citation.version,
    readmeHead,
    words: messageTemplates(lang, CLIENT_KEYS),
  };
  return {
    groups: [
      { label: t(lang, "builder.tables"), options: tables },
      { label: t(lang, "builder.figures"), options: figures },
    ],
    selected: "latest",
    counties: input.counties.map(({ code, name }) => ({ value: code, label: name[lang] })),
    periods: input.periods.map((period) => ({ value: period, label: formatPeriod(period, lang) })),
    indicators: input.indicators.map((meta) => ({ value: meta.id, label: meta.title[lang] })),
    // `<` written as its escape, so no text of the data can close the script element it sits in.
    manifest: JSON.stringify(manifest).replaceAll("<", "\\u003c"),
  };
}

/**
 * What the policy page adds to the document: for each measure, the indicators that track it with
 * the city's latest figure, and for the measures that carry no number (10, 13, 15) what the data
 * holds about them — facts, never a score. Pure.
 */
import { describeIndicator, REGISTRY, type Registry } from "../indicators/registry.ts";
import type { IndicatorMeta, IndicatorValue } from "../indicators/types.ts";
import { CITY_CODE } from "../indicators/types.ts";
import type { Dataset } from "../schema/index.ts";
import { bothLanguages, type Bilingual, type Lang } from "../i18n/index.ts";
import { EDITORIAL_NOTES } from "../policy/document.ts";
import { noteId } from "../policy/mdx.ts";
import type { ValueIndex } from "./values.ts";

/** A note on a restoration in the text, listed at the end of the page as `#note-N`. */
export interface RestorationNote {
  id: string;
  text: string;
}

/**
 * The notes on what the editors restored, for the page that carries the Chinese text; the English
 * page is a summary, with nothing restored in it.
 */
export function restorationNotes(lang: Lang): RestorationNote[] {
  const notes = EDITORIAL_NOTES.map((note, index) => ({ id: noteId(index), text: note.footnoteZh }));
  return { zh: notes, en: [] }[lang];
}

/** An indicator tracking a measure, with its latest city value. */
export interface MeasureIndicator {
  meta: IndicatorMeta;
  latest: IndicatorValue | undefined;
}

/** The indicators that track a measure, with the city's latest figure for each. */
export function measureIndicators(
  measure: number,
  values: ValueIndex,
  registry: Registry<string> = REGISTRY,
): MeasureIndicator[] {
  return registry.indicators
    .filter((indicator) => indicator.measure === measure)
    .map((indicator) => ({
      meta: describeIndicator(indicator),
      latest: values.series(indicator.id, "city", CITY_CODE).at(-1),
    }));
}

/** A fact the data holds about a measure that has no number of its own. */
export interface RelatedFact {
  label: Bilingual;
  value: number;
  unit: Bilingual;
}

function latestRows<T extends { period: string }>(rows: readonly T[]): T[] {
  let latest = "";
  for (const row of rows) if (row.period > latest) latest = row.period;
  return rows.filter((row) => row.period === latest);
}

/** What the data holds about measures 10 (integration), 13 (leadership) and 15 (coordination). */
export function relatedFacts(measure: number, dataset: Dataset): RelatedFact[] {
  switch (measure) {
    case 10: {
      const welfare = latestRows(dataset.welfare);
      const services = latestRows(dataset.services);
      return [
        {
          label: bothLanguages("measureFact.hukouMoved"),
          value: welfare.reduce((sum, row) => sum + (row.hukou_transferred ?? 0), 0),
          unit: bothLanguages("measureFact.unitPersons"),
        },
        {
          label: bothLanguages("measureFact.independentSites"),
          value: services.filter((row) => row.independent_community === true).length,
          unit: bothLanguages("measureFact.unitSites"),
        },
      ];
    }
    case 13:
      return [
        {
          label: bothLanguages("measureFact.inspections"),
          value: dataset.inspections.length,
          unit: bothLanguages("measureFact.unitInspections"),
        },
      ];
    case 15:
      return [
        {
          label: bothLanguages("measureFact.fundAllocations"),
          value: dataset.funds.length,
          unit: bothLanguages("measureFact.unitAllocations"),
        },
        {
          label: bothLanguages("measureFact.fundSources"),
          value: new Set(dataset.funds.map((row) => row.source)).size,
          unit: bothLanguages("measureFact.unitKinds"),
        },
      ];
    default:
      return [];
  }
}

/**
 * Field constructors for the data contract. Each returns the zod schema that types a validated
 * cell *and* the Frictionless Table Schema field that describes it, made in one place so the two
 * can never drift apart (`datapackage.json` is generated from these; a test proves it current).
 */
import { z } from "zod";

/** A text in Chinese and in English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What every field says about itself: a title and a description in both languages. */
export interface FieldDoc {
  title: Bilingual;
  description: Bilingual;
  /** Unit of measure, shown in the data dictionary (persons, households, yuan …). */
  unit?: Bilingual;
}

/** One allowed value of a coded field, with its labels. */
export interface Category {
  value: string;
  zh: string;
  en: string;
}

/** The Table Schema types this contract uses. `period` is a string with a pattern. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "year";

/** A Frictionless Table Schema (v2) field descriptor, with Anju's bilingual extensions. */
export interface TableSchemaField {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  title_en: string;
  description_en: string;
  unit?: string;
  unit_en?: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  categories?: { value: string; label: string }[];
  categories_en?: Record<string, string>;
  /**
   * Most digits a number may have after the decimal point (money: 2, to the fen). An Anju
   * extension: Table Schema has no such constraint, so it sits beside `constraints`.
   */
  maxDecimals?: number;
  constraints: {
    required?: boolean;
    pattern?: string;
    minimum?: number;
    maximum?: number;
    enum?: string[];
    maxLength?: number;
  };
}

/** A field of the contract before it learns its name (the key it is given in its table). */
export interface FieldDef<Z extends z.ZodType = z.ZodType> {
  zod: Z;
  describe: (name: string) => TableSchemaField;
}

/** Longest text a cell may hold; longer cells are refused (4,096 characters). */
export const MAX_CELL_LENGTH = 4096;

function describeWith(doc: FieldDoc, type: FieldType, extra: Partial<TableSchemaField>) {
  return (name: string): TableSchemaField => ({
    name,
    type,
    title: doc.title.zh,
    description: doc.description.zh,
    title_en: doc.title.en,
    description_en: doc.description.en,
    ...(doc.unit ? { unit: doc.unit.zh, unit_en: doc.unit.en } : {}),
    ...extra,
    constraints: { ...extra.constraints },
  });
}

// Optional cells are `null` when empty: an empty cell means "not reported", never zero.
function presence<T extends z.ZodType>(schema: T, required: boolean | undefined) {
  return (required ? schema : schema.nullable()) as T;
}

type Maybe<T extends z.ZodType, R> = R extends true ? T : z.ZodNullable<T>;

/**
 * Free text, such as a name or a summary. `pattern` fixes its form; `oneOf` lists every value it
 * may take (published as the Table Schema `enum`), for codes whose range is part of the contract.
 */
export function text<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined; pattern?: string; oneOf?: readonly string[] } = {},
): FieldDef<Maybe<z.ZodString, R>> {
  let base = options.pattern
    ? z.string().max(MAX_CELL_LENGTH).regex(new RegExp(options.pattern))
    : z.string().min(1).max(MAX_CELL_LENGTH);
  const allowed = options.oneOf ? new Set(options.oneOf) : null;
  if (allowed) base = base.refine((value) => allowed.has(value), "not one of the allowed values");
  return {
    zod: presence(base, options.required) as Maybe<z.ZodString, R>,
    describe: describeWith(doc, "string", {
      constraints: {
        ...(options.required ? { required: true } : {}),
        ...(options.pattern ? { pattern: options.pattern } : {}),
        ...(options.oneOf ? { enum: [...options.oneOf] } : {}),
        maxLength: MAX_CELL_LENGTH,
      },
    }),
  };
}

/** A whole number ≥ 0 (persons, households, jobs …). */
export function count<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined } = {},
): FieldDef<Maybe<z.ZodInt, R>> {
  return {
    zod: presence(z.int().min(0), options.required) as Maybe<z.ZodInt, R>,
    describe: describeWith(doc, "integer", {
      constraints: { ...(options.required ? { required: true } : {}), minimum: 0 },
    }),
  };
}

/**
 * Digits after the decimal point in a number's shortest written form: 820000.5 → 1, 1e-7 → 7.
 * Trailing zeros do not count (12.50 is 12.5).
 */
export function decimalPlaces(value: number): number {
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** A decimal number within bounds (coordinates, money), with at most `maxDecimals` decimals if given. */
export function decimal<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined; minimum: number; maximum?: number; maxDecimals?: number },
): FieldDef<Maybe<z.ZodNumber, R>> {
  let schema = z.number().min(options.minimum);
  if (options.maximum !== undefined) schema = schema.max(options.maximum);
  const { maxDecimals } = options;
  if (maxDecimals !== undefined)
    schema = schema.refine(
      (value) => decimalPlaces(value) <= maxDecimals,
      `at most ${maxDecimals} decimal places`,
    );
  return {
    zod: presence(schema, options.required) as Maybe<z.ZodNumber, R>,
    describe: describeWith(doc, "number", {
      ...(maxDecimals !== undefined ? { maxDecimals } : {}),
      constraints: {
        ...(options.required ? { required: true } : {}),
        minimum: options.minimum,
        ...(options.maximum !== undefined ? { maximum: options.maximum } : {}),
      },
    }),
  };
}

/** A calendar year, such as the year funds were allocated. */
export function year<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined } = {},
): FieldDef<Maybe<z.ZodInt, R>> {
  return {
    zod: presence(z.int().min(1900).max(2100), options.required) as Maybe<z.ZodInt, R>,
    describe: describeWith(doc, "year", {
      constraints: { ...(options.required ? { required: true } : {}), minimum: 1900, maximum: 2100 },
    }),
  };
}

/** Yes or no, written `true` / `false` in the published CSV. */
export function flag<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined } = {},
): FieldDef<Maybe<z.ZodBoolean, R>> {
  return {
    zod: presence(z.boolean(), options.required) as Maybe<z.ZodBoolean, R>,
    describe: describeWith(doc, "boolean", {
      trueValues: ["true"],
      falseValues: ["false"],
      constraints: options.required ? { required: true } : {},
    }),
  };
}

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export const ISO_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** A calendar date, `YYYY-MM-DD`. */
export function day<R extends boolean = false>(
  doc: FieldDoc,
  options: { required?: R | undefined } = {},
): FieldDef<Maybe<z.ZodISODate, R>> {
  return {
    zod: presence(z.iso.date(), options.required) as Maybe<z.ZodISODate, R>,
    describe: describeWith(doc, "date", {
      format: "default",
      constraints: options.required ? { required: true } : {},
    }),
  };
}

/** One of a fixed list of English code words, each with a Chinese label. */
export function choice<const V extends readonly [Category, ...Category[]], R extends boolean = false>(
  doc: FieldDoc,
  categories: V,
  options: { required?: R | undefined } = {},
): FieldDef<Maybe<z.ZodEnum<{ [K in V[number]["value"]]: K }>, R>> {
  const values = categories.map((c) => c.value) as [V[number]["value"], ...V[number]["value"][]];
  return {
    zod: presence(z.enum(values), options.required) as Maybe<z.ZodEnum<{ [K in V[number]["value"]]: K }>, R>,
    describe: describeWith(doc, "string", {
      categories: categories.map((c) => ({ value: c.value, label: c.zh })),
      categories_en: Object.fromEntries(categories.map((c) => [c.value, c.en])),
      constraints: { ...(options.required ? { required: true } : {}), enum: [...values] },
    }),
  };
}

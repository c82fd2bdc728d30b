/**
 * A table of the data contract: its fields in their fixed order, keys, and bilingual metadata.
 * `defineTable` derives the zod row schema and the Table Schema from the same field list.
 */
import { z } from "zod";
import type { Bilingual, FieldDef, TableSchemaField } from "./field.ts";

/** A foreign key: these columns must match a row of another table. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A rule between two columns of one row that Table Schema cannot express. */
export interface RowRule {
  /** The column whose value must not exceed `atMost` (or fall below `atLeast`). */
  field: string;
  atMost?: string;
  atLeast?: string;
}

/** A Frictionless Table Schema (v2) with Anju's documented row rules. */
export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

type Shape<F extends Record<string, FieldDef>> = { [K in keyof F]: F[K]["zod"] };

/** What a table definition says; everything else is derived. */
export interface TableInput<F extends Record<string, FieldDef>> {
  name: string;
  title: Bilingual;
  description: Bilingual;
  /** What one row stands for, in both languages ("one row per site × period"). */
  rowMeaning: Bilingual;
  fields: F;
  primaryKey: (keyof F & string)[];
  foreignKeys?: { fields: (keyof F & string)[]; resource: string; resourceFields?: string[] }[];
  /** Within-row rules such as "employed ≤ with labour", checked by the validator. */
  rules?: RowRule[];
  /** True when the table must have at least one row (the places every other table refers to). */
  rowsRequired?: boolean;
}

/** A table of the contract, ready for the validator, the generator and the site. */
export interface Table<F extends Record<string, FieldDef> = Record<string, FieldDef>> {
  name: string;
  /** The CSV's file name in a data directory. */
  path: string;
  title: Bilingual;
  description: Bilingual;
  rowMeaning: Bilingual;
  columns: (keyof F & string)[];
  fields: TableSchemaField[];
  row: z.ZodObject<Shape<F>>;
  primaryKey: (keyof F & string)[];
  foreignKeys: ForeignKey[];
  rules: RowRule[];
  /** True when the table must have at least one row. */
  rowsRequired: boolean;
  schema: TableSchema;
}

/** Table Schema v2 profile URL. */
export const TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

/** Builds a table of the contract from its field list. */
export function defineTable<const F extends Record<string, FieldDef>>(input: TableInput<F>): Table<F> {
  const columns = Object.keys(input.fields) as (keyof F & string)[];
  const fields = columns.map((name) => input.fields[name]!.describe(name));
  const shape = Object.fromEntries(columns.map((name) => [name, input.fields[name]!.zod])) as Shape<F>;
  const foreignKeys: ForeignKey[] = (input.foreignKeys ?? []).map((fk) => ({
    fields: fk.fields,
    reference: { resource: fk.resource, fields: fk.resourceFields ?? fk.fields },
  }));
  return {
    name: input.name,
    path: `${input.name}.csv`,
    title: input.title,
    description: input.description,
    rowMeaning: input.rowMeaning,
    columns,
    fields,
    row: z.object(shape),
    primaryKey: input.primaryKey,
    foreignKeys,
    rules: input.rules ?? [],
    rowsRequired: input.rowsRequired ?? false,
    schema: {
      $schema: TABLE_SCHEMA_PROFILE,
      fields,
      missingValues: [""],
      primaryKey: input.primaryKey,
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    },
  };
}

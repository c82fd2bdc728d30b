/**
 * The Frictionless Data Package (v2) descriptor of a data directory, generated from the contract.
 * `data/datapackage.json` is this function's output; a test fails when the two drift apart.
 */
import { z } from "zod";
import { TABLE_NAMES, tableByName } from "./index.ts";
import type { TableSchema } from "./table.ts";

export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
export const DATA_RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json";

/**
 * A release version: it becomes part of the release's folder name, addresses and feed, so it is
 * letters, digits, dots, dashes and plus signs, starting with a letter or digit.
 */
export const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/;

/** What a publisher says about the package as a whole; the tables come from the contract. */
export const PackageMetaSchema = z.object({
  /** Version of this data release, such as `2025.4.0`. */
  version: z
    .string()
    .regex(
      VERSION_PATTERN,
      "write a version such as 2025.4.0: letters, digits, dots and dashes, at most 64 characters",
    ),
  /** When this data was put together (ISO date); builds take their dates from here, not the clock. */
  created: z.iso.date({ error: "write the date as YYYY-MM-DD, such as 2026-03-31" }),
  /** True while the data is invented sample data: every page then says so. */
  sample: z.boolean({ error: "write true (invented sample data) or false (real data)" }),
  /** How the data was made, shown with the sample notice (for sample data: the generator and seed). */
  provenance: z.string().optional(),
});
export type PackageMeta = z.infer<typeof PackageMetaSchema>;

/**
 * The shape every data directory's descriptor must have: a Data Package with its resources, and
 * the `anju` section (checked on its own with `PackageMetaSchema`). Other properties are free.
 */
export const DescriptorSchema = z.looseObject({
  resources: z
    .array(z.looseObject({ name: z.string().min(1), path: z.union([z.string(), z.array(z.string())]) }))
    .min(1),
  anju: z.unknown().optional(),
});

/** The licence the data is published under (see README: open, attribution only). */
export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
} as const;

export interface DataResource {
  $schema: string;
  name: string;
  path: string;
  title: string;
  description: string;
  title_en: string;
  description_en: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { header: true; delimiter: "," };
  schema: TableSchema;
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  version: string;
  created: string;
  licenses: (typeof DATA_LICENCE)[];
  keywords: string[];
  anju: PackageMeta;
  resources: DataResource[];
}

/** Builds the whole descriptor for a data directory with the given package metadata. */
export function describePackage(meta: PackageMeta): DataPackage {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: "anju-shiyan-relocation-follow-up",
    title: "十堰市易地扶贫搬迁后续扶持工作数据",
    title_en: "Shiyan City: follow-up support for poverty-alleviation relocation",
    description: meta.sample
      ? "样例数据，非官方数据。按《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》的各项措施，逐个安置点记录落实情况。"
      : "按《关于进一步加强易地扶贫搬迁后续扶持工作的实施意见》的各项措施，逐个安置点记录落实情况。",
    description_en: meta.sample
      ? "SAMPLE DATA, not official figures. How each measure of the 2019 follow-up support policy is carried out, site by site."
      : "How each measure of the 2019 follow-up support policy is carried out, site by site.",
    version: meta.version,
    created: meta.created,
    licenses: [DATA_LICENCE],
    keywords: ["易地扶贫搬迁", "后续扶持", "十堰", "poverty-alleviation relocation", "Shiyan"],
    anju: meta,
    resources: TABLE_NAMES.map((name) => {
      const table = tableByName(name);
      return {
        $schema: DATA_RESOURCE_PROFILE,
        name: table.name,
        path: table.path,
        title: table.title.zh,
        description: `${table.description.zh}（${table.rowMeaning.zh}）`,
        title_en: table.title.en,
        description_en: `${table.description.en} (${table.rowMeaning.en})`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { header: true, delimiter: "," },
        schema: table.schema,
      };
    }),
  };
}

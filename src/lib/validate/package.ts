/**
 * Checks a data directory's `datapackage.json`: the descriptor that carries the release's version,
 * date and sample flag (its `anju` section), which the build needs to publish. Every way it can be
 * wrong is a problem on the file with its own code and a fix, never an exception later in the build.
 */
import type { z } from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Bilingual } from "../i18n/index.ts";
import { problem, type Problem, type ProblemCode } from "../problems.ts";
import { DescriptorSchema, PackageMetaSchema, type PackageMeta } from "../schema/datapackage.ts";

/** What the check found: the release metadata when it is valid, and every problem. */
export interface PackageCheck {
  meta: PackageMeta | null;
  problems: Problem[];
}

const RESTORE: Bilingual = {
  zh: `请从上一次发布（它的 datapackage.zip）中找回这个文件，或运行 "anju sample --out DIR" 后复制 DIR/datapackage.json，再填好其中的 "anju" 部分`,
  en: `Restore it from the last release (its datapackage.zip), or run "anju sample --out DIR" and copy DIR/datapackage.json, then set its "anju" section`,
};
const ANJU_EXAMPLE = `"anju": {"version": "2026.1.0", "created": "2026-03-31", "sample": false}`;

/** What to write in each field of the `anju` section, in Chinese (the schema's own words are English). */
const FIELD_ZH: Record<string, string> = {
  version: "请写版本号，如 2025.4.0：只用字母、数字、点和短横线，最多 64 个字符",
  created: "日期请写成 YYYY-MM-DD，如 2026-03-31",
  sample: "请写 true（虚构的样例数据）或 false（真实数据）",
};

/** Parses with the schema's English messages, and again with zod's Chinese ones, on failure only. */
function parseIn<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: string,
): { success: true; data: T } | { success: false; issues: Bilingual } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  const chinese = schema.safeParse(value, { error: zhCN().localeError });
  const describe = (issues: readonly z.core.$ZodIssue[], lang: keyof Bilingual) =>
    issues
      .map((issue) => {
        const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
        const field = String(issue.path[issue.path.length - 1] ?? "");
        const message =
          lang === "zh" && prefix === "anju" ? (FIELD_ZH[field] ?? issue.message) : issue.message;
        return `${path || (lang === "zh" ? "整个文件" : "the file")}: ${message}`;
      })
      .join(lang === "zh" ? "；" : "; ");
  return {
    success: false,
    issues: { zh: describe(chinese.error?.issues ?? [], "zh"), en: describe(parsed.error.issues, "en") },
  };
}

/**
 * Checks a descriptor's bytes (null when the file is absent); `file` is how problems name it.
 * `unreadable` is given instead when the file exists but could not be read.
 */
export function checkPackage(bytes: Uint8Array | null, file: string, unreadable?: Bilingual): PackageCheck {
  const fail = (code: ProblemCode, message: Bilingual): PackageCheck => ({
    meta: null,
    problems: [problem(file, null, null, code, message)],
  });
  if (unreadable !== undefined)
    return fail("datapackage-unreadable", {
      zh: `datapackage.json 读不出来：${unreadable.zh}。${RESTORE.zh}。`,
      en: `datapackage.json cannot be read: ${unreadable.en}. ${RESTORE.en}.`,
    });
  if (bytes === null) {
    return fail("datapackage-missing", {
      zh: `缺少 datapackage.json；生成网站需要其中的版本号、日期和是否样例数据。${RESTORE.zh}（${ANJU_EXAMPLE}）。`,
      en: `datapackage.json is missing; the build needs its release version, date and sample flag. ${RESTORE.en} (${ANJU_EXAMPLE}).`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const utf8 = error instanceof SyntaxError;
    const reason = utf8 ? error.message : "it is not UTF-8 text";
    return fail("datapackage-unreadable", {
      // The parser's own words (with the line and column) stay as it gives them.
      zh: `datapackage.json 不是有效的 JSON（${utf8 ? `解析器提示：${reason}` : "它不是 UTF-8 文本"}）。请按提示的行和列改正（常见的是最后一项后面多了逗号，或用了中文引号“ ”而不是英文引号 "），或者${RESTORE.zh}。`,
      en: `datapackage.json is not valid JSON (${reason}). Fix it at the line and column named (often a comma after the last item, or Chinese quotation marks “ ” instead of "), or ${RESTORE.en.charAt(0).toLowerCase()}${RESTORE.en.slice(1)}.`,
    });
  }
  const descriptor = parseIn(DescriptorSchema, json, "");
  if (!descriptor.success) {
    return fail("datapackage-invalid", {
      zh: `datapackage.json 不是数据包描述文件（${descriptor.issues.zh}）。它必须是一个对象，在 "resources" 中列出各表，旁边是 "anju" 部分。${RESTORE.zh}。`,
      en: `datapackage.json is not a Data Package descriptor (${descriptor.issues.en}). It must be an object listing the tables in "resources" beside the "anju" section. ${RESTORE.en}.`,
    });
  }
  const meta = parseIn(PackageMetaSchema, descriptor.data.anju, "anju");
  if (!meta.success) {
    const absent = descriptor.data.anju === undefined;
    return fail(
      "datapackage-anju",
      absent
        ? {
            zh: `datapackage.json 里没有写明版本号、日期和是否样例数据的 "anju" 部分。请加上 ${ANJU_EXAMPLE}。`,
            en: `datapackage.json has no "anju" section with the release version, date and sample flag. Add ${ANJU_EXAMPLE}.`,
          }
        : {
            zh: `datapackage.json 的 "anju" 部分不对（${meta.issues.zh}）。请照这样写：${ANJU_EXAMPLE}。`,
            en: `the "anju" section of datapackage.json is not valid (${meta.issues.en}). Write it like ${ANJU_EXAMPLE}.`,
          },
    );
  }
  return { meta: meta.data, problems: [] };
}

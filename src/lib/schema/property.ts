/** property.csv — houses, property certificates and transfer restrictions (measure 11). */
import { count } from "./field.ts";
import { period, siteId } from "./common.ts";
import { defineTable } from "./table.ts";

const HOUSES = { zh: "套", en: "houses" };

export const propertyTable = defineTable({
  name: "property",
  title: { zh: "不动产登记", en: "Property" },
  description: {
    zh: "各安置点每季度的安置住房、不动产权证办理和限制交易年限。",
    en: "Resettlement houses, property certificates issued and transfer restrictions at each site, per quarter.",
  },
  rowMeaning: { zh: "每行一个安置点的一个季度", en: "one row per site × quarter" },
  fields: {
    site_id: siteId(),
    period: period(),
    houses: count({
      title: { zh: "安置住房套数", en: "Houses" },
      description: { zh: "安置点的安置住房套数。", en: "Resettlement houses at the site." },
      unit: HOUSES,
    }),
    certificates_issued: count({
      title: { zh: "已办不动产权证", en: "Certificates issued" },
      description: {
        zh: "已颁发不动产权证书的住房套数，不超过住房套数。",
        en: "Houses with a property certificate issued; at most the houses.",
      },
      unit: HOUSES,
    }),
    transfer_restriction_years: count({
      title: { zh: "限制交易年限", en: "Transfer restriction" },
      description: {
        zh: "证书载明的限制转让年限（措施 11：不少于 20 年）。",
        en: "Years during which the house may not be transferred, as the certificate states (measure 11: at least 20).",
      },
      unit: { zh: "年", en: "years" },
    }),
  },
  primaryKey: ["site_id", "period"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
  rules: [{ field: "certificates_issued", atMost: "houses" }],
});

export type PropertyRow = (typeof propertyTable.row)["_output"];

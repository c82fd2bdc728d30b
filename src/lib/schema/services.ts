/** services.csv — community services, governance and facilities per site and quarter (measures 6–9). */
import { choice, flag } from "./field.ts";
import { period, siteId, yesNo } from "./common.ts";
import { defineTable } from "./table.ts";

export const EMPLOYMENT_SERVICES = [
  { value: "centre", zh: "就业服务中心", en: "Employment service centre" },
  { value: "station", zh: "就业服务站", en: "Employment service station" },
  { value: "none", zh: "无", en: "None" },
] as const;

export const PARTY_ORGANIZATIONS = [
  { value: "branch", zh: "党支部", en: "Party branch" },
  { value: "group", zh: "党小组", en: "Party group" },
  { value: "none", zh: "无", en: "None" },
] as const;

/** The seven facility items of measure 7, in the order the data dictionary lists them. */
export const FACILITY_ITEMS = [
  "water",
  "power",
  "road",
  "network",
  "vegetable_plots",
  "livestock_pens",
  "tool_storage",
] as const;

export const servicesTable = defineTable({
  name: "services",
  title: { zh: "社区服务与配套设施", en: "Services and facilities" },
  description: {
    zh: "各安置点每季度的就业服务、社区管理、党组织、警务和配套设施情况。",
    en: "Employment services, community management, party organization, policing and facilities at each site, per quarter.",
  },
  rowMeaning: { zh: "每行一个安置点的一个季度", en: "one row per site × quarter" },
  fields: {
    site_id: siteId(),
    period: period(),
    employment_service: choice(
      {
        title: { zh: "就业服务机构", en: "Employment service" },
        description: {
          zh: "安置点的就业服务机构（措施 6：大中型设中心，小型设中心或站）。",
          en: "The site's employment service (measure 6: a centre at large and medium sites, a centre or station at small ones).",
        },
      },
      EMPLOYMENT_SERVICES,
    ),
    has_office: flag(yesNo("有办公场所", "Has an office", "有社区办公场所", "the community has an office")),
    has_staff: flag(yesNo("有工作人员", "Has staff", "有社区工作人员", "the community has staff")),
    has_rules: flag(yesNo("有管理制度", "Has rules", "有社区管理制度", "the community has management rules")),
    independent_community: flag(
      yesNo(
        "独立设立社区",
        "Independent community",
        "安置点已独立设立社区",
        "the site is an independent community",
      ),
    ),
    party_organization: choice(
      {
        title: { zh: "党组织", en: "Party organization" },
        description: {
          zh: "安置点的党组织（措施 9：独立社区设党支部，其他设党支部或党小组）。",
          en: "The site's party organization (measure 9: a branch in an independent community, a branch or group elsewhere).",
        },
      },
      PARTY_ORGANIZATIONS,
    ),
    police_post: flag(yesNo("警务室", "Police post", "设有警务室", "the site has a police post")),
    water: flag(yesNo("供水", "Water", "通自来水", "water supply is in place")),
    power: flag(yesNo("供电", "Power", "通电", "power supply is in place")),
    road: flag(yesNo("道路", "Road", "通硬化路", "a paved road is in place")),
    network: flag(yesNo("网络", "Network", "通宽带网络", "broadband is in place")),
    vegetable_plots: flag(yesNo("小菜园", "Vegetable plots", "配有小菜园", "vegetable plots are provided")),
    livestock_pens: flag(yesNo("小圈舍", "Livestock pens", "配有小圈舍", "livestock pens are provided")),
    tool_storage: flag(yesNo("农具存放", "Tool storage", "配有农具存放点", "tool storage is provided")),
  },
  primaryKey: ["site_id", "period"],
  foreignKeys: [{ fields: ["site_id"], resource: "sites" }],
});

export type ServicesRow = (typeof servicesTable.row)["_output"];

/**
 * What happens around the sites: industries and workshops that open (and some that close), funds
 * allocated per county and year, and inspections with their findings and rectifications. Operators
 * are enterprises, cooperatives and collectives, never people.
 */
import type { FundsRow, IndustriesRow, InspectionsRow, WorkshopsRow } from "../schema/index.ts";
import type { IndustriesRow as Industry } from "../schema/industries.ts";
import { isoDate } from "./periods.ts";
import type { CountyPlan } from "./plan.ts";
import { createRandom, hashSeed, type Random } from "./random.ts";
import type { SampleSite } from "./sites.ts";

type Category = Industry["category"];
type OperatorType = Industry["operator_type"];

const INDUSTRY_NAMES: Record<Category, { project: readonly string[]; trade: string }> = {
  tea: { project: ["茶叶基地", "生态茶园", "茶叶种植基地"], trade: "茶业" },
  citrus: { project: ["柑橘园", "柑橘种植基地", "脐橙基地"], trade: "果业" },
  herbs: { project: ["中药材基地", "黄连种植基地", "天麻种植基地", "金银花基地"], trade: "药业" },
  walnut: { project: ["核桃基地", "核桃经济林"], trade: "林业" },
  vegetables: { project: ["蔬菜基地", "大棚蔬菜基地", "高山蔬菜基地"], trade: "农业" },
  mushrooms: { project: ["香菇基地", "食用菌种植基地", "木耳基地"], trade: "菌业" },
  livestock: { project: ["生猪养殖场", "黄牛养殖基地", "山羊养殖场", "土鸡养殖基地"], trade: "牧业" },
  solar: { project: ["光伏电站", "村级光伏电站"], trade: "新能源" },
  tourism: { project: ["乡村旅游项目", "民宿集群", "农家乐集群"], trade: "旅游" },
  ecommerce: { project: ["电商服务站", "农村电商中心"], trade: "电子商务" },
  processing: { project: ["农产品加工厂", "粮油加工项目"], trade: "食品" },
  other: { project: ["社区服务产业", "家政服务项目"], trade: "服务" },
};

const WORKSHOP_KINDS = [
  "服装加工",
  "电子元件",
  "手工编织",
  "食品加工",
  "箱包加工",
  "茶叶加工",
  "香菇加工",
  "毛绒玩具",
];

function dateBetween(random: Random, fromYear: number, toYear: number): string {
  return isoDate(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));
}

/** A date a year or more after `start`, within 2025, or null when that is impossible. */
function laterDate(random: Random, start: string): string | null {
  const year = Number(start.slice(0, 4)) + random.int(1, 4);
  return year > 2025 ? null : dateBetween(random, year, year);
}

function operator(random: Random, site: SampleSite, category: Category): [OperatorType, string | null] {
  const type = random.weighted(
    [
      ["enterprise", 0.35],
      ["cooperative", 0.35],
      ["village_collective", 0.2],
      ["large_household", 0.07],
      ["none", 0.03],
    ] as [OperatorType, number][],
    ([, weight]) => weight,
  )[0];
  const county = site.county.nameZh;
  const trade = INDUSTRY_NAMES[category].trade;
  switch (type) {
    case "enterprise":
      return [type, `${county}${site.stem}${trade}有限公司`];
    case "cooperative":
      return [type, `${county}${site.stem}${trade}专业合作社`];
    case "village_collective":
      return [type, `${site.row.village_name ?? site.stem}股份经济合作社`];
    default:
      // A large household farm is a family: its name would be a person's, so it is left out.
      return [type, null];
  }
}

/** The industries linked to one site, ids `CCCCCC-NNNN-Ik`. */
export function siteIndustries(site: SampleSite, seed: number): IndustriesRow[] {
  const random = createRandom(hashSeed(seed, "industries", site.row.site_id));
  const count =
    site.size === "large" ? random.int(3, 5) : site.size === "medium" ? random.int(2, 3) : random.int(1, 2);
  // Laggards more often lack a leading industry (measure 2).
  const hasLeading = random.chance(site.laggard ? 0.6 : 0.95);
  const categories = site.county.industries;
  const rows: IndustriesRow[] = [];
  for (let k = 0; k < count; k++) {
    const category = random.chance(0.8)
      ? random.weighted(categories, (c) => categories.length - categories.indexOf(c))
      : random.pick(Object.keys(INDUSTRY_NAMES) as Category[]);
    const [operatorType, operatorName] = operator(random, site, category as Category);
    const started = dateBetween(random, 2016, k === 0 ? 2021 : 2024);
    const ended = random.chance(0.08) ? laterDate(random, started) : null;
    rows.push({
      industry_id: `${site.row.site_id}-I${k + 1}`,
      site_id: site.row.site_id,
      category: category as Category,
      name_zh: `${site.stem}${random.pick(INDUSTRY_NAMES[category as Category].project)}`,
      is_leading: k === 0 && hasLeading,
      operator_type: operatorType,
      operator_name: operatorName,
      started,
      ended,
    });
  }
  return rows;
}

/** The workshops serving one site (most sites of 200 or more persons, few small ones), ids `CCCCCC-NNNN-Wk`. */
export function siteWorkshops(site: SampleSite, seed: number): WorkshopsRow[] {
  const random = createRandom(hashSeed(seed, "workshops", site.row.site_id));
  const odds = site.size === "small" ? 0.08 : site.laggard ? 0.5 : 0.88;
  if (!random.chance(odds)) return [];
  const count = site.size === "large" ? random.int(1, 4) : 1;
  const rows: WorkshopsRow[] = [];
  for (let k = 0; k < count; k++) {
    const jobs = Math.max(8, Math.round(Math.min(site.row.persons * 0.08, 220) * random.between(0.5, 1.2)));
    const opened = dateBetween(random, 2017, k === 0 ? 2021 : 2023);
    rows.push({
      workshop_id: `${site.row.site_id}-W${k + 1}`,
      site_id: site.row.site_id,
      name_zh: `${site.stem}扶贫车间（${random.pick(WORKSHOP_KINDS)}）`,
      opened,
      closed: random.chance(0.12) ? laterDate(random, opened) : null,
      jobs,
      relocated_employees: Math.round(jobs * random.between(0.45, 0.95)),
    });
  }
  return rows;
}

const FUND_SPLIT: [FundsRow["source"], FundsRow["category"], number, string][] = [
  ["central", "infrastructure", 0.2, "安置点配套基础设施建设"],
  ["central", "industrial_park", 0.12, "安置点配套产业园区建设"],
  ["provincial", "workshop", 0.1, "扶贫车间建设及设备购置"],
  ["provincial", "facility_agriculture", 0.08, "设施农业大棚建设"],
  ["municipal", "employment_subsidy", 0.07, "搬迁劳动力就业补贴和技能培训"],
  ["county", "infrastructure", 0.1, "安置点水电路网维护"],
  ["county", "other", 0.06, "社区治理和公共服务"],
  ["relocation_surplus", "industrial_park", 0.12, "后续产业发展项目"],
  ["relocation_surplus", "workshop", 0.07, "扶贫车间厂房改造"],
  ["social", "other", 0.08, "社会帮扶和消费帮扶"],
];

/** Fund allocations of one county for 2019–2025, ids `FCCCCCC-YYYY-NN`; a few are tied to a site. */
export function countyFunds(county: CountyPlan, sites: readonly SampleSite[], seed: number): FundsRow[] {
  const random = createRandom(hashSeed(seed, "funds", county.code));
  const rows: FundsRow[] = [];
  // Roughly 400–1,200 yuan per relocated person a year, tapering off after the 2020 peak.
  const perPerson = random.between(400, 1_200);
  for (let year = 2019; year <= 2025; year++) {
    const yearFactor = year === 2019 ? 0.5 : year <= 2021 ? 1 : 1 - 0.12 * (year - 2021);
    const budget = county.persons * perPerson * yearFactor;
    let n = 0;
    for (const [source, category, share, description] of FUND_SPLIT) {
      if (random.chance(0.15)) continue;
      const amount = Math.round((budget * share * random.between(0.6, 1.4)) / 1_000) * 1_000;
      const site =
        category === "workshop" && sites.length > 0 && random.chance(0.5) ? random.pick(sites) : null;
      n++;
      rows.push({
        fund_id: `F${county.code}-${year}-${String(n).padStart(2, "0")}`,
        county_code: county.code,
        year,
        source,
        category,
        site_id: site?.row.site_id ?? null,
        amount_yuan: amount,
        description: site ? `${site.row.name_zh}${description}` : description,
      });
    }
  }
  return rows;
}

const INSPECTION_KINDS = ["季度督查", "专项检查", "暗访抽查", "审计调查", "交叉检查"];
const FINDING_TOPICS = [
  "就业帮扶台账不全",
  "产业利益联结不紧密",
  "配套设施维护不到位",
  "不动产权证办理滞后",
  "社区管理制度未上墙",
  "培训记录不完整",
];

/** Inspections in one county from 2019Q4 to 2025, ids `ICCCCCC-NNNN`; recent findings are partly still open. */
export function countyInspections(
  county: CountyPlan,
  sites: readonly SampleSite[],
  seed: number,
): InspectionsRow[] {
  const random = createRandom(hashSeed(seed, "inspections", county.code));
  const drafts: Omit<InspectionsRow, "inspection_id">[] = [];
  const perYear = Math.max(2, Math.min(12, Math.round(county.sites / 40)));
  for (let year = 2019; year <= 2025; year++) {
    const count = year === 2019 ? 1 : random.int(perYear, perYear + 3);
    for (let k = 0; k < count; k++) {
      const date =
        year === 2019
          ? isoDate(2019, random.int(10, 12), random.int(1, 28))
          : dateBetween(random, year, year);
      const site = sites.length > 0 && random.chance(0.35) ? random.pick(sites) : null;
      const findings = random.int(0, site ? 6 : 15);
      const age = 2025 - year;
      const rectified =
        findings === 0
          ? 0
          : age >= 2
            ? findings - (random.chance(0.1) ? 1 : 0)
            : Math.round(findings * random.between(age === 0 ? 0.2 : 0.6, 1));
      const kind = random.pick(INSPECTION_KINDS);
      const topic = random.pick(FINDING_TOPICS);
      drafts.push({
        date,
        county_code: county.code,
        site_id: site?.row.site_id ?? null,
        findings,
        rectified,
        summary:
          findings === 0
            ? `${kind}：${site ? site.row.name_zh : "全县安置点"}未发现问题`
            : `${kind}：${site ? site.row.name_zh : "全县安置点"}发现问题${findings}个，主要是${topic}`,
      });
    }
  }
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return drafts.map((draft, i) => ({
    inspection_id: `I${county.code}-${String(i + 1).padStart(4, "0")}`,
    ...draft,
  }));
}

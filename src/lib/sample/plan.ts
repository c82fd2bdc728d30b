/**
 * How many sites and persons the sample puts in each county. Zhushan, Yunxi and Yunyang follow
 * figures published for them (`reference/published-figures.csv`); the other counties' figures are
 * invented to bring the city to the policy's own 355,000 persons in about 110,000 households.
 */

/** A site whose figures come from a published source rather than the random draw. */
export interface FixedSite {
  nameZh: string;
  nameEn: string;
  townshipCode: string;
  villageName: string;
  persons: number;
  households: number;
  placement: "urban" | "town" | "central_village";
  movedIn: string;
}

/** What the generator is asked to make in one county. */
export interface CountyPlan {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Relocated persons in centralized sites, fixed sites included. */
  persons: number;
  /** Average persons per household, which sets the households. */
  personsPerHousehold: number;
  /** Sites, fixed sites included, and how many of them are large (≥ 800) and medium (200–799). */
  sites: number;
  large: number;
  medium: number;
  fixedSites: FixedSite[];
  /** Share of sites that fall behind the policy's targets (0–1). */
  laggardShare: number;
  /** How fast the county's sites progress, relative to the average (1). */
  pace: number;
  /** Industries typical of the county, most typical first. */
  industries: readonly string[];
  /** For synthetic counties: the Shiyan county whose boundary it borrows. */
  templateCode?: string;
}

/** The eight county-level divisions of Shiyan and the sample's figures for each. */
export const SHIYAN_PLAN: readonly CountyPlan[] = [
  {
    code: "420302",
    nameZh: "茅箭区",
    nameEn: "Maojian District",
    persons: 9_000,
    personsPerHousehold: 3.4,
    sites: 40,
    large: 2,
    medium: 10,
    fixedSites: [],
    laggardShare: 0.05,
    pace: 1.25,
    industries: ["ecommerce", "processing", "vegetables", "tourism", "other"],
  },
  {
    code: "420303",
    nameZh: "张湾区",
    nameEn: "Zhangwan District",
    persons: 14_000,
    personsPerHousehold: 3.4,
    sites: 70,
    large: 3,
    medium: 14,
    fixedSites: [],
    laggardShare: 0.06,
    pace: 1.2,
    industries: ["processing", "ecommerce", "vegetables", "mushrooms", "other"],
  },
  {
    code: "420304",
    nameZh: "郧阳区",
    nameEn: "Yunyang District",
    // Published: about 63,000 persons in 21,000 households (rounded in the source).
    persons: 63_000,
    personsPerHousehold: 3.0,
    sites: 260,
    large: 13,
    medium: 55,
    fixedSites: [
      {
        // Published: the largest resettlement area in Hubei, 4,155 households, nearly 15,000 people.
        nameZh: "青龙泉社区",
        nameEn: "Qinglongquan Community",
        townshipCode: "420304102",
        villageName: "青龙泉社区",
        persons: 15_000,
        households: 4_155,
        placement: "town",
        movedIn: "2018-06-28",
      },
    ],
    laggardShare: 0.1,
    pace: 1.0,
    industries: ["vegetables", "mushrooms", "processing", "citrus", "livestock", "solar"],
  },
  {
    code: "420322",
    nameZh: "郧西县",
    nameEn: "Yunxi County",
    // Published: 195 sites for 48,841 persons in 18,434 households.
    persons: 48_800,
    personsPerHousehold: 2.65,
    sites: 195,
    large: 10,
    medium: 60,
    fixedSites: [],
    laggardShare: 0.15,
    pace: 0.85,
    industries: ["livestock", "herbs", "mushrooms", "tea", "walnut", "solar"],
  },
  {
    code: "420323",
    nameZh: "竹山县",
    nameEn: "Zhushan County",
    // Published: 700 sites planned for 41,053 persons in 15,058 households.
    persons: 41_000,
    personsPerHousehold: 2.73,
    sites: 700,
    large: 5,
    medium: 45,
    fixedSites: [],
    laggardShare: 0.2,
    pace: 0.8,
    industries: ["tea", "herbs", "mushrooms", "livestock", "walnut", "tourism"],
  },
  {
    code: "420324",
    nameZh: "竹溪县",
    nameEn: "Zhuxi County",
    persons: 45_000,
    personsPerHousehold: 3.6,
    sites: 330,
    large: 8,
    medium: 50,
    fixedSites: [],
    laggardShare: 0.12,
    pace: 0.95,
    industries: ["tea", "herbs", "livestock", "mushrooms", "tourism"],
  },
  {
    code: "420325",
    nameZh: "房县",
    nameEn: "Fang County",
    persons: 72_000,
    personsPerHousehold: 3.7,
    sites: 420,
    large: 15,
    medium: 80,
    fixedSites: [],
    laggardShare: 0.12,
    pace: 0.9,
    industries: ["herbs", "mushrooms", "walnut", "livestock", "tourism", "ecommerce"],
  },
  {
    code: "420381",
    nameZh: "丹江口市",
    nameEn: "Danjiangkou City",
    persons: 62_200,
    personsPerHousehold: 3.7,
    sites: 260,
    large: 14,
    medium: 70,
    fixedSites: [],
    laggardShare: 0.08,
    pace: 1.1,
    industries: ["citrus", "tea", "tourism", "processing", "ecommerce", "solar"],
  },
];

/** Size of the whole national programme, which `--scale national` imitates. */
export const NATIONAL_TARGET = { sites: 35_000, persons: 9_600_000 } as const;

/** How many synthetic counties the national sample adds to Shiyan's eight. */
export const NATIONAL_SYNTHETIC_COUNTIES = 385;

/** Code of the n-th synthetic county (0-based): `99` + four digits; GB/T 2260 has no province 99. */
export function syntheticCountyCode(n: number): string {
  return `99${String(n + 1).padStart(4, "0")}`;
}

/**
 * The national plan: Shiyan as in the default sample, then synthetic counties, each borrowing one of
 * Shiyan's counties as its template (in turn) and sharing out the rest of the national totals.
 */
export function nationalPlan(): CountyPlan[] {
  const shiyanSites = SHIYAN_PLAN.reduce((sum, county) => sum + county.sites, 0);
  const shiyanPersons = SHIYAN_PLAN.reduce((sum, county) => sum + county.persons, 0);
  const n = NATIONAL_SYNTHETIC_COUNTIES;
  const sitesLeft = NATIONAL_TARGET.sites - shiyanSites;
  const personsLeft = NATIONAL_TARGET.persons - shiyanPersons;
  const plans: CountyPlan[] = [...SHIYAN_PLAN];
  for (let i = 0; i < n; i++) {
    const template = SHIYAN_PLAN[i % SHIYAN_PLAN.length]!;
    // Even shares, with the remainders going to the first counties, so the totals are exact.
    const sites = Math.floor(sitesLeft / n) + (i < sitesLeft % n ? 1 : 0);
    const persons = Math.floor(personsLeft / n) + (i < personsLeft % n ? 1 : 0);
    const code = syntheticCountyCode(i);
    plans.push({
      code,
      nameZh: `示例县${code.slice(2)}`,
      nameEn: `Sample County ${code.slice(2)}`,
      persons,
      personsPerHousehold: template.personsPerHousehold,
      sites,
      large: Math.max(1, Math.round((sites * 5) / 100)),
      medium: Math.round((sites * 25) / 100),
      fixedSites: [],
      laggardShare: template.laggardShare,
      pace: template.pace,
      industries: template.industries,
      templateCode: template.code,
    });
  }
  return plans;
}

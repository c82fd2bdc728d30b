// Each fixture is worked out by hand in the comments; the period is 2020Q2 (ends 2020-06-30)
// unless said. An employment row of the first site defines the periods published.
import { describe, expect, test } from "vitest";
import { computeIndicators, indicatorById } from "../../../src/lib/indicators/index.ts";
import {
  ALL_FACILITIES,
  dataset,
  employment,
  figure,
  find,
  industry,
  property,
  services,
  site,
  welfare,
  workshop,
} from "../../fixtures/indicators/build.ts";

const compute = (id: string, rows: Parameters<typeof dataset>[0]) =>
  computeIndicators(dataset(rows), [indicatorById(id)!]);
const period = (...periods: string[]) => periods.map((p) => employment("420323-0001", p));

describe("industry-plan-coverage", () => {
  const sites = [
    site("420323-0001", { persons: 800, industry_plan_level: "county", industry_plan_adopted: "2020-06-30" }), // large, county plan adopted on the end date: yes
    site("420323-0002", {
      persons: 200,
      industry_plan_level: "township",
      industry_plan_adopted: "2020-01-01",
    }), // medium needs county: no
    site("420323-0003", {
      persons: 199,
      industry_plan_level: "township",
      industry_plan_adopted: "2020-01-01",
    }), // small, township plan: yes
    site("420323-0004", { industry_plan_level: "county", industry_plan_adopted: "2020-07-01" }), // adopted after the end: no
    site("420323-0005", { industry_plan_level: "none" }), // no plan: no
    site("420323-0006", {
      moved_in: "2020-07-01",
      industry_plan_level: "county",
      industry_plan_adopted: "2020-01-01",
    }), // not in scope in Q2
  ];
  const values = compute("industry-plan-coverage", { sites, employment: period("2020Q2", "2020Q3") });

  test("counts in-scope sites with a plan at the level their size needs, adopted by the period's end", () => {
    // 2020Q2: yes = sites 1 and 3; in scope = sites 1–5 → 2/5.
    expect(figure(find(values, "industry-plan-coverage", "city", "420300", "2020Q2"))).toEqual([2, 5, 0.4]);
    // 2020Q3 (ends 09-30): site 4's plan now counts and site 6 moved in with a plan → 4/6.
    expect(figure(find(values, "industry-plan-coverage", "city", "420300", "2020Q3"))).toEqual([4, 6, 4 / 6]);
  });

  test("gives a site 1/1 or 0/1, and no value before it moved in", () => {
    expect(figure(find(values, "industry-plan-coverage", "site", "420323-0002", "2020Q2"))).toEqual([
      0, 1, 0,
    ]);
    expect(figure(find(values, "industry-plan-coverage", "site", "420323-0003", "2020Q2"))).toEqual([
      1, 1, 1,
    ]);
    expect(find(values, "industry-plan-coverage", "site", "420323-0006", "2020Q2")).toBeUndefined();
  });
});

describe("leading-industry-coverage", () => {
  test("counts in-scope sites with a leading industry active at the period's end", () => {
    // Site 1: leading, started on the end date → yes. Site 2: leading, ended on the end date → no.
    // Site 3: only a non-leading industry → no. Site 4: leading, ended the day after → yes.
    // Site 5: leading, started the day after → no. City: 2/5.
    const values = compute("leading-industry-coverage", {
      sites: ["0001", "0002", "0003", "0004", "0005"].map((n) => site(`420323-${n}`)),
      industries: [
        industry("I1", "420323-0001", { is_leading: true, started: "2020-06-30" }),
        industry("I2", "420323-0002", { is_leading: true, ended: "2020-06-30" }),
        industry("I3", "420323-0003", { is_leading: false }),
        industry("I4", "420323-0004", { is_leading: true, ended: "2020-07-01" }),
        industry("I5", "420323-0005", { is_leading: true, started: "2020-07-01" }),
      ],
      employment: period("2020Q2"),
    });
    expect(figure(find(values, "leading-industry-coverage", "city", "420300", "2020Q2"))).toEqual([
      2, 5, 0.4,
    ]);
    expect(figure(find(values, "leading-industry-coverage", "site", "420323-0002", "2020Q2"))).toEqual([
      0, 1, 0,
    ]);
  });
});

describe("workshop-coverage-200-plus", () => {
  test("counts in-scope sites of 200 persons or more with an open workshop", () => {
    // Site 1: 200 persons, workshop open → yes. Site 2: 199 persons → outside the denominator.
    // Site 3: 800 persons, its workshop closed on the end date → no.
    // Site 4: 500 persons, one workshop closed earlier, another opened on the end date → yes.
    // Site 5: 300 persons, moved in after the period → outside. City: 2/3.
    const values = compute("workshop-coverage-200-plus", {
      sites: [
        site("420323-0001", { persons: 200 }),
        site("420323-0002", { persons: 199 }),
        site("420323-0003", { persons: 800 }),
        site("420323-0004", { persons: 500 }),
        site("420323-0005", { persons: 300, moved_in: "2020-07-01" }),
      ],
      workshops: [
        workshop("W1", "420323-0001"),
        workshop("W2", "420323-0002"),
        workshop("W3", "420323-0003", { closed: "2020-06-30" }),
        workshop("W4", "420323-0004", { closed: "2020-05-01" }),
        workshop("W5", "420323-0004", { opened: "2020-06-30" }),
        workshop("W6", "420323-0005"),
      ],
      employment: period("2020Q2"),
    });
    const city = find(values, "workshop-coverage-200-plus", "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([2, 3, 2 / 3]);
    expect(city?.reporting).toEqual({ reporting: 3, expected: 3 });
    expect(find(values, "workshop-coverage-200-plus", "site", "420323-0002", "2020Q2")).toBeUndefined();
    expect(figure(find(values, "workshop-coverage-200-plus", "site", "420323-0003", "2020Q2"))).toEqual([
      0, 1, 0,
    ]);
  });
});

describe("benefit-linkage-rate", () => {
  test("divides linked households by the households of the sites that report them, without a target", () => {
    // Site 1: 12 linked of 30 households. Site 2 (50 households): linkage empty → left out. City: 12/30.
    const values = compute("benefit-linkage-rate", {
      sites: [site("420323-0001", { households: 30 }), site("420323-0002", { households: 50 })],
      employment: [
        employment("420323-0001", "2020Q2", { households_benefit_linked: 12 }),
        employment("420323-0002", "2020Q2", { labour_persons: 80 }),
      ],
    });
    const city = find(values, "benefit-linkage-rate", "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([12, 30, 0.4]);
    expect(city).toMatchObject({
      status: "no-target",
      target: null,
      reporting: { reporting: 1, expected: 2 },
    });
  });
});

describe("training-coverage", () => {
  test("sums trained persons over the labour force of rows reporting both", () => {
    // Site 1: 5 of 10. Site 2: 0 of 30. Site 3: 7 trained, labour empty → left out. City: 5/40.
    const values = compute("training-coverage", {
      sites: ["0001", "0002", "0003"].map((n) => site(`420323-${n}`)),
      employment: [
        employment("420323-0001", "2020Q2", { trained_persons: 5, labour_persons: 10 }),
        employment("420323-0002", "2020Q2", { trained_persons: 0, labour_persons: 30 }),
        employment("420323-0003", "2020Q2", { trained_persons: 7 }),
      ],
    });
    expect(figure(find(values, "training-coverage", "city", "420300", "2020Q2"))).toEqual([5, 40, 0.125]);
  });
});

describe("household-employment", () => {
  test("sums employed households over households with labour", () => {
    // 9/10 and 3/5 → 12/15 = 0.8.
    const values = compute("household-employment", {
      sites: [site("420323-0001"), site("420323-0002")],
      employment: [
        employment("420323-0001", "2020Q2", {
          households_with_labour_employed: 9,
          households_with_labour: 10,
        }),
        employment("420323-0002", "2020Q2", {
          households_with_labour_employed: 3,
          households_with_labour: 5,
        }),
      ],
    });
    expect(figure(find(values, "household-employment", "city", "420300", "2020Q2"))).toEqual([12, 15, 0.8]);
  });
});

describe("employment-service-coverage", () => {
  test("needs a centre at large and medium sites and a centre or station at small ones", () => {
    // Site 1 (800, centre): yes. Site 2 (200, station): no. Site 3 (199, station): yes.
    // Site 4 (small, none): no. Site 5: empty → left out. City: 2/4.
    const values = compute("employment-service-coverage", {
      sites: [
        site("420323-0001", { persons: 800 }),
        site("420323-0002", { persons: 200 }),
        site("420323-0003", { persons: 199 }),
        site("420323-0004"),
        site("420323-0005"),
      ],
      services: [
        services("420323-0001", "2020Q2", { employment_service: "centre" }),
        services("420323-0002", "2020Q2", { employment_service: "station" }),
        services("420323-0003", "2020Q2", { employment_service: "station" }),
        services("420323-0004", "2020Q2", { employment_service: "none" }),
        services("420323-0005", "2020Q2"),
      ],
    });
    expect(figure(find(values, "employment-service-coverage", "city", "420300", "2020Q2"))).toEqual([
      2, 4, 0.5,
    ]);
  });
});

describe("facility-completeness", () => {
  test("counts rows with all seven items in place, leaving out rows with any item empty", () => {
    // Site 1: all true → yes. Site 2: tool storage false → no. Site 3: network empty → left out. City: 1/2.
    const values = compute("facility-completeness", {
      sites: ["0001", "0002", "0003"].map((n) => site(`420323-${n}`)),
      services: [
        services("420323-0001", "2020Q2", ALL_FACILITIES),
        services("420323-0002", "2020Q2", { ...ALL_FACILITIES, tool_storage: false }),
        services("420323-0003", "2020Q2", { ...ALL_FACILITIES, network: null }),
      ],
    });
    expect(figure(find(values, "facility-completeness", "city", "420300", "2020Q2"))).toEqual([1, 2, 0.5]);
  });
});

describe("three-haves-rate", () => {
  test("counts rows with an office, staff and rules among rows reporting all three", () => {
    // Site 1: yes. Site 2: no rules → no. Site 3: staff empty → left out. City: 1/2.
    const values = compute("three-haves-rate", {
      sites: ["0001", "0002", "0003"].map((n) => site(`420323-${n}`)),
      services: [
        services("420323-0001", "2020Q2", { has_office: true, has_staff: true, has_rules: true }),
        services("420323-0002", "2020Q2", { has_office: true, has_staff: true, has_rules: false }),
        services("420323-0003", "2020Q2", { has_office: true, has_staff: null, has_rules: true }),
      ],
    });
    expect(figure(find(values, "three-haves-rate", "city", "420300", "2020Q2"))).toEqual([1, 2, 0.5]);
  });
});

describe("independent-community-800-plus", () => {
  test("counts independent communities among rows of sites of 800 persons or more", () => {
    // Site 1 (800, independent): yes. Site 2 (1000, not): no. Site 3 (799, independent): outside.
    // Site 4 (900, empty): left out but expected. City: 1/2, 2 reporting of 3 expected.
    const values = compute("independent-community-800-plus", {
      sites: [
        site("420323-0001", { persons: 800 }),
        site("420323-0002", { persons: 1000 }),
        site("420323-0003", { persons: 799 }),
        site("420323-0004", { persons: 900 }),
      ],
      services: [
        services("420323-0001", "2020Q2", { independent_community: true }),
        services("420323-0002", "2020Q2", { independent_community: false }),
        services("420323-0003", "2020Q2", { independent_community: true }),
        services("420323-0004", "2020Q2"),
      ],
    });
    const city = find(values, "independent-community-800-plus", "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([1, 2, 0.5]);
    expect(city?.reporting).toEqual({ reporting: 2, expected: 3 });
    expect(find(values, "independent-community-800-plus", "site", "420323-0003", "2020Q2")).toBeUndefined();
  });
});

describe("party-organization-coverage", () => {
  test("needs a branch in independent communities and a group or branch elsewhere", () => {
    // 1: independent + branch → yes. 2: independent + group → no. 3: not independent + group → yes.
    // 4: status empty + group → cannot decide, left out. 5: status empty + branch → yes. 6: none → no.
    // City: 3/5.
    const values = compute("party-organization-coverage", {
      sites: ["0001", "0002", "0003", "0004", "0005", "0006"].map((n) => site(`420323-${n}`)),
      services: [
        services("420323-0001", "2020Q2", { independent_community: true, party_organization: "branch" }),
        services("420323-0002", "2020Q2", { independent_community: true, party_organization: "group" }),
        services("420323-0003", "2020Q2", { independent_community: false, party_organization: "group" }),
        services("420323-0004", "2020Q2", { party_organization: "group" }),
        services("420323-0005", "2020Q2", { party_organization: "branch" }),
        services("420323-0006", "2020Q2", { independent_community: false, party_organization: "none" }),
      ],
    });
    expect(figure(find(values, "party-organization-coverage", "city", "420300", "2020Q2"))).toEqual([
      3, 5, 0.6,
    ]);
  });
});

describe("property-certificate-rate", () => {
  test("sums certificates over houses, and a site with no houses has no value", () => {
    // Site 1: 20/60. Site 2: certificates empty → left out. Site 3: 0/0 → zero denominator. City: 20/60.
    const values = compute("property-certificate-rate", {
      sites: ["0001", "0002", "0003"].map((n) => site(`420323-${n}`)),
      property: [
        property("420323-0001", "2020Q2", { houses: 60, certificates_issued: 20 }),
        property("420323-0002", "2020Q2", { houses: 40 }),
        property("420323-0003", "2020Q2", { houses: 0, certificates_issued: 0 }),
      ],
    });
    expect(figure(find(values, "property-certificate-rate", "city", "420300", "2020Q2"))).toEqual([
      20,
      60,
      1 / 3,
    ]);
    expect(find(values, "property-certificate-rate", "site", "420323-0003", "2020Q2")).toMatchObject({
      value: null,
      status: "no-data",
      reason: "zero-denominator",
    });
  });
});

describe("transfer-restriction-violations", () => {
  test("counts rows with certificates and a restriction under 20 years; the target is zero", () => {
    // Site 1: certificates, 20 years → 0/1. Site 2: certificates, 15 years → 1/1.
    // Site 3: no certificates → outside. Site 4: certificates, years empty → left out. City: 1/2.
    const values = compute("transfer-restriction-violations", {
      sites: ["0001", "0002", "0003", "0004"].map((n) => site(`420323-${n}`)),
      property: [
        property("420323-0001", "2020Q2", { certificates_issued: 20, transfer_restriction_years: 20 }),
        property("420323-0002", "2020Q2", { certificates_issued: 5, transfer_restriction_years: 15 }),
        property("420323-0003", "2020Q2", { certificates_issued: 0, transfer_restriction_years: 10 }),
        property("420323-0004", "2020Q2", { certificates_issued: 3 }),
      ],
    });
    const city = find(values, "transfer-restriction-violations", "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([1, 2, 0.5]);
    expect(city).toMatchObject({ target: 0, status: "behind" });
    expect(find(values, "transfer-restriction-violations", "site", "420323-0001", "2020Q2")?.status).toBe(
      "met",
    );
  });
});

describe("medical-insurance-rate", () => {
  test("sums the insured over persons on record", () => {
    // 188/190 + (insured empty, left out) + 95/100 → 283/290.
    const values = compute("medical-insurance-rate", {
      sites: ["0001", "0002", "0003"].map((n) => site(`420323-${n}`)),
      welfare: [
        welfare("420323-0001", "2020Q2", { persons: 190, medical_insured: 188 }),
        welfare("420323-0002", "2020Q2", { persons: 100 }),
        welfare("420323-0003", "2020Q2", { persons: 100, medical_insured: 95 }),
      ],
    });
    expect(figure(find(values, "medical-insurance-rate", "city", "420300", "2020Q2"))).toEqual([
      283,
      290,
      283 / 290,
    ]);
  });
});

describe("pension-insurance-rate", () => {
  test("sums the enrolled over the eligible", () => {
    // 118/120 + 0/0 → 118/120; the second site alone has no value.
    const values = compute("pension-insurance-rate", {
      sites: [site("420323-0001"), site("420323-0002")],
      welfare: [
        welfare("420323-0001", "2020Q2", { pension_eligible: 120, pension_insured: 118 }),
        welfare("420323-0002", "2020Q2", { pension_eligible: 0, pension_insured: 0 }),
      ],
    });
    expect(figure(find(values, "pension-insurance-rate", "city", "420300", "2020Q2"))).toEqual([
      118,
      120,
      118 / 120,
    ]);
    expect(find(values, "pension-insurance-rate", "site", "420323-0002", "2020Q2")?.value).toBeNull();
  });
});

describe("hukou-transfer-rate", () => {
  test("sums transferred persons over persons on record, without a target", () => {
    // 10/190 + 50/100 → 60/290.
    const values = compute("hukou-transfer-rate", {
      sites: [site("420323-0001"), site("420323-0002")],
      welfare: [
        welfare("420323-0001", "2020Q2", { persons: 190, hukou_transferred: 10 }),
        welfare("420323-0002", "2020Q2", { persons: 100, hukou_transferred: 50 }),
      ],
    });
    const city = find(values, "hukou-transfer-rate", "city", "420300", "2020Q2");
    expect(figure(city)).toEqual([60, 290, 60 / 290]);
    expect(city?.status).toBe("no-target");
  });
});

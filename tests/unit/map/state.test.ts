import { describe, expect, test } from "vitest";
import { defaultState, mapStateQuery, parseMapState, type MapChoices } from "../../../src/lib/map/state.ts";

const choices: MapChoices = {
  indicators: [
    { id: "household-employment", periods: ["2025Q3", "2025Q4"] },
    { id: "priority-fund-share", periods: ["2024", "2025"] },
  ],
  defaultIndicator: "household-employment",
  counties: ["420323", "420304"],
  hasSite: (id) => id === "420323-0001",
};

describe("parseMapState", () => {
  test("reads every part of a shared link", () => {
    const state = parseMapState(
      "?indicator=household-employment&period=2025Q3&county=420323&size=large&placement=urban&mode=counties&site=420323-0001",
      choices,
    );
    expect(state).toEqual({
      indicator: "household-employment",
      period: "2025Q3",
      county: "420323",
      size: "large",
      placement: "urban",
      mode: "counties",
      site: "420323-0001",
    });
  });

  test("opens on the default indicator in its latest period with no filters when the query is empty", () => {
    expect(parseMapState("", choices)).toEqual({
      indicator: "household-employment",
      period: "2025Q4",
      county: null,
      size: null,
      placement: null,
      mode: "sites",
      site: null,
    });
    expect(defaultState(choices)).toEqual(parseMapState("", choices));
  });

  test("falls back to the indicator's latest period when the period belongs to another indicator", () => {
    const state = parseMapState("?indicator=priority-fund-share&period=2025Q3", choices);
    expect(state.indicator).toBe("priority-fund-share");
    expect(state.period).toBe("2025");
  });

  test("drops an unknown indicator, county, size, placement, mode and site instead of trusting them", () => {
    const state = parseMapState(
      "?indicator=<script>&county=999999&size=huge&placement=moon&mode=satellite&site=420323-9999",
      choices,
    );
    expect(state).toEqual(defaultState(choices));
  });
});

describe("mapStateQuery", () => {
  test("always writes indicator and period, and leaves out filters that show everything", () => {
    expect(mapStateQuery(defaultState(choices))).toBe("?indicator=household-employment&period=2025Q4");
  });

  test("gives back the same state when read again", () => {
    const state = parseMapState(
      "?mode=counties&placement=central_village&size=small&county=420304&period=2025Q3&indicator=household-employment",
      choices,
    );
    expect(mapStateQuery(state)).toBe(
      "?indicator=household-employment&period=2025Q3&county=420304&size=small&placement=central_village&mode=counties",
    );
    expect(parseMapState(mapStateQuery(state), choices)).toEqual(state);
  });
});

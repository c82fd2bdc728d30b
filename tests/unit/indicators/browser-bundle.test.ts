// The verify page runs this same code in the browser: bundle it for the browser and run the bundle.
import { describe, expect, test } from "vitest";
import { build, type Rolldown } from "vite";
import { fileURLToPath } from "node:url";
import { dataset, employment, site } from "../../fixtures/indicators/build.ts";

const ENTRY = fileURLToPath(new URL("../../../src/lib/indicators/index.ts", import.meta.url));

describe("src/lib/indicators in a browser bundle", () => {
  test("bundles without Node imports and computes a fixture correctly", { timeout: 60_000 }, async () => {
    const result = (await build({
      configFile: false,
      logLevel: "silent",
      build: {
        write: false,
        minify: false,
        lib: { entry: ENTRY, formats: ["es"], fileName: "indicators" },
      },
    })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
    const output = (Array.isArray(result) ? result[0]! : result).output;
    const chunk = output.find((o): o is Rolldown.OutputChunk => o.type === "chunk" && o.isEntry)!;
    expect(chunk.code).not.toMatch(/from\s+["']node:|require\(["']node:|import\(["']node:/);
    expect(chunk.imports).toEqual([]);

    const url = `data:text/javascript;base64,${Buffer.from(chunk.code).toString("base64")}`;
    const bundle = (await import(
      /* @vite-ignore */ url
    )) as typeof import("../../../src/lib/indicators/index.ts");
    // Sites 1/1 and 1/3 → city 2/4 = 0.5.
    const values = bundle.computeIndicators(
      dataset({
        sites: [site("420323-0001"), site("420323-0002")],
        employment: [
          employment("420323-0001", "2020Q2", {
            households_with_labour_employed: 1,
            households_with_labour: 1,
          }),
          employment("420323-0002", "2020Q2", {
            households_with_labour_employed: 1,
            households_with_labour: 3,
          }),
        ],
      }),
    );
    const city = values.find((v) => v.indicator === "household-employment" && v.level === "city");
    expect([city?.numerator, city?.denominator, city?.value]).toEqual([2, 4, 0.5]);
  });
});

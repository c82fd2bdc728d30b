import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // Generous on purpose: CI runs on a shared 2-core machine where starting Astro's renderer or
    // generating the Shiyan sample in a hook has taken over 10 s (the default hook timeout). Speed
    // is measured in bench/, never by these limits.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

// Type-aware linting with zero warnings allowed (`npm run lint`).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist.builds/",
      "**/*.builds/",
      ".anju/",
      "releases/",
      "dist/",
      ".astro/",
      "node_modules/",
      "bench/out/",
      "coverage/",
      "public/",
      "**/*.astro",
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // src/lib stays pure: the same code runs in the build, the CLI and the browser.
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process"],
              message: "src/lib is pure: no Node APIs.",
            },
            {
              group: ["astro", "astro:*", "leaflet", "**/src/data/**", "**/scripts/**"],
              message: "src/lib is pure: no Astro, DOM or I/O.",
            },
          ],
        },
      ],
      "no-console": "error",
    },
  },
  {
    files: ["**/*.cjs", "**/*.mjs", "*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    ...tseslint.configs.disableTypeChecked,
  },
);

// Type-aware linting with zero warnings allowed (`npm run lint`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "bench/out/", "coverage/", "public/", "**/*.astro", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "*.mjs", "bin/*.mjs", "scripts/*.cjs"] }, tsconfigRootDir: import.meta.dirname },
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
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/lib is pure: no Node APIs." },
            { group: ["astro", "astro:*", "leaflet", "**/src/data/**", "**/scripts/**"], message: "src/lib is pure: no Astro, DOM or I/O." },
          ],
        },
      ],
      "no-console": "error",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { process: "readonly", require: "readonly" } },
    ...tseslint.configs.disableTypeChecked,
  },
);

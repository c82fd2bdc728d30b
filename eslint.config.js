// Type-aware linting with zero warnings allowed (`npm run lint`).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Pages and components may not import the command line: they read the build context instead. */
const NO_SCRIPTS = {
  group: ["**/scripts/**"],
  message:
    "src/ never imports scripts/: the build hands pages their data in the build context (src/data/context.ts).",
};

/**
 * Hands ESLint the imports of an .astro file's frontmatter as `import "source";`, each on its own
 * line, so the import rules reach pages and components (astro check type-checks the rest).
 */
const astroImports = {
  /** @param {string} text */
  preprocess(text) {
    const end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
    const frontmatter = end < 0 ? "" : text.slice(0, end);
    const lines = frontmatter.split("\n").map(() => "");
    for (const match of frontmatter.matchAll(/^import\s(?:[^;]*?\sfrom\s*)?("[^"]+")/gms)) {
      lines[frontmatter.slice(0, match.index).split("\n").length - 1] = `import ${match[1]};`;
    }
    return [{ text: lines.join("\n"), filename: "imports.js" }];
  },
  /** @param {import("eslint").Linter.LintMessage[][]} blocks */
  postprocess: (blocks) => blocks.flat(),
};

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
  { files: ["**/*.astro"], processor: astroImports },
  { files: ["**/*.astro/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/**/*.ts", "src/**/*.astro/*.js"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_SCRIPTS] }] },
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

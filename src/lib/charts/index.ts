/** Chart models: pure geometry for the SVG charts rendered at build time by `src/components/charts/`. */
export * from "./bars.ts";
export * from "./labels.ts";
export * from "./marks.ts";
export * from "./sparkline.ts";
export * from "./trend.ts";

/**
 * Renders `.astro` components inside Vitest. The project's Vitest config is plain Vite, which
 * cannot compile `.astro`, so a Vite server with Astro's plugins (`getViteConfig`) loads them and
 * the Container API renders them to a string.
 */
import { getViteConfig } from "astro/config";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { createServer, type ViteDevServer } from "vite";

type Component = Parameters<AstroContainer["renderToString"]>[0];

/** A loader of components from `src/` and a renderer; `close()` when done. */
export interface AstroRenderer {
  render(path: string, props: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** Starts the Vite server (middleware mode, no port, silent) and the container. */
export async function startRenderer(): Promise<AstroRenderer> {
  const root = process.cwd();
  const config = await getViteConfig(
    { root, logLevel: "silent", appType: "custom", server: { middlewareMode: true, ws: false } },
    { root, logLevel: "silent" },
  )({ mode: "test", command: "serve" });
  const server: ViteDevServer = await createServer({ ...config, configFile: false });
  const container = await AstroContainer.create();
  return {
    async render(path, props) {
      const module = (await server.ssrLoadModule(path)) as { default: Component };
      return container.renderToString(module.default, { props });
    },
    close: () => server.close(),
  };
}

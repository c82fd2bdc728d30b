/**
 * The publisher's configuration (`config/site.json`): who publishes the site, the footer details
 * Chinese government websites carry, the site's address, and the output guards' lists. Every
 * footer item is optional and left out when not configured; nothing is ever invented.
 */
import { z } from "zod";

const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const SiteConfigSchema = z.object({
  /** The public address the site is served from, used for canonical links, sitemap and feeds. */
  siteUrl: z.url().refine((url) => url.endsWith("/"), "siteUrl must end with a slash"),
  /** The site's name in both languages. */
  title: Text,
  publisher: z
    .object({
      /** 主办单位: the body that runs the site. */
      organizer: Text.optional(),
      /** 承办单位: the office that operates it, when different. */
      operator: Text.optional(),
      address: Text.optional(),
      /** A public contact (an office e-mail or switchboard), never a person's own number. */
      contact: z.string().optional(),
      /** ICP 备案号, e.g. 鄂ICP备12345678号. */
      icp: z.string().optional(),
      /** 公安机关备案号, e.g. 鄂公网安备 42030202000000号. */
      psb: z.string().optional(),
      /** 政府网站标识码 (10 characters). */
      governmentSiteCode: z.string().optional(),
    })
    .default({}),
  /** An optional tile layer for the map; the map works without one (the boundaries are the base map). */
  tiles: z
    .object({
      url: z.string().min(1),
      attribution: Text,
      maxZoom: z.int().min(1).max(22).default(18),
    })
    .nullable()
    .default(null),
  guards: z
    .object({
      /** Hosts that links in the output may point to, besides the site itself. */
      allowedHosts: z.array(z.string()).default([]),
      /** Extra phrases the output must never contain (added to the built-in spam list). */
      deniedPhrases: z.array(z.string()).default([]),
    })
    .default({ allowedHosts: [], deniedPhrases: [] }),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

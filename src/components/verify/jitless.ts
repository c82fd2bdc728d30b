/**
 * Imported first by the verify and receipt scripts. zod 4 probes `new Function` when it builds an
 * object schema (to compile fast parsers); the site's CSP has no 'unsafe-eval', so the probe is
 * blocked and reported as a violation. These scripts never parse with zod (the validator reads
 * cells itself), so the probe is switched off before any schema module is evaluated.
 */
import { z } from "zod";

z.config({ jitless: true });

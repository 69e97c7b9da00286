/**
 * zod for schemas that ship to the browser (training progress).
 *
 * zod 4 compiles each object parser with `new Function` for speed, and probes
 * once whether it may. Under the site's Content-Security-Policy (no
 * 'unsafe-eval') the probe is blocked and, although zod falls back and works,
 * the browser files a `securitypolicyviolation` report on every page that
 * parses progress. `jitless` skips both the probe and the compilation
 * (node_modules/zod/v4/core/util.js, `allowsEval`).
 *
 * Each object schema decides at construction time (v4/core/schemas.js,
 * `fastEnabled`), so the setting must be in place before the first schema is
 * built: browser-bound schema modules import `z` from here, not from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

import { z } from 'zod';

/**
 * The till's content security policy allows no `eval` (sync-server app.ts), so zod cannot compile
 * its fast object parsers here anyway. Told so before any schema exists, zod skips its probe, a
 * `new Function` that the browser refuses and reports as a policy violation on every start.
 * Imported first by main.tsx: zod decides when each object schema is created, at module load.
 */
z.config({ jitless: true });

/**
 * What `zod` resolves to in everything Vite builds (the page, the export worker, and the tests
 * under Vitest): zod itself, configured jitless before any schema is made. By default zod tries
 * `new Function` when it makes its first object schema, to compile faster parsers; our Content
 * Security Policy forbids eval, so the browser reports a violation (zod catches the error and
 * carries on). Jitless, zod never tries. The probe runs while the schema modules load, before
 * anything in main.tsx could run, hence an alias (vite.config.ts) rather than a call at start.
 * The server imports zod directly and keeps its compiled parsers: no CSP applies there.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;

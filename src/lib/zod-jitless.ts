/**
 * Imported first by every browser entry (the page, the export worker). By default zod tries
 * `new Function` the first time it parses an object, to compile faster parsers; our Content
 * Security Policy forbids eval, so the browser reports a violation (zod catches the error and
 * carries on). Jitless, zod never tries. The server leaves zod's default: no CSP applies there.
 */
import { z } from 'zod';

z.config({ jitless: true });

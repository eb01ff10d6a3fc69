/**
 * Fails when the JavaScript the built app loads before first paint (the entry script and
 * the chunks it preloads) passes its budget of 250 KB gzip. Charts, the map, the mock API
 * and export code must stay in lazily loaded chunks.
 * Usage: tsx scripts/check-bundle-size.ts [distDir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 250 * 1024;

export function initialScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...srcs, ...preloads])].filter((s): s is string => typeof s === 'string');
}

function main(): void {
  const dist = process.argv[2] ?? 'dist';
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  let total = 0;
  for (const src of initialScripts(html)) {
    const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
    total += bytes;
    console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB gzip  ${src}`);
  }
  const verdict = total <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `Initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${INITIAL_JS_BUDGET_BYTES / 1024} KB budget`,
  );
  if (total > INITIAL_JS_BUDGET_BYTES) process.exit(1);
}

main();

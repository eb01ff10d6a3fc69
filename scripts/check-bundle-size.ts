/**
 * Fails when the JavaScript the built app loads before first paint (the entry script and the
 * chunks it preloads), or that plus a main route's own chunks (what opening that route cold
 * downloads), passes its budget of 250 KB gzip. Charts and the map (loaded when they scroll
 * near), the mock API and export code must stay in lazily loaded chunks. Needs the build's
 * manifest (vite.config.ts sets `build.manifest`).
 * Usage: tsx scripts/check-bundle-size.ts [distDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 250 * 1024;
export const ROUTE_JS_BUDGET_BYTES = 250 * 1024;

/** The main routes' modules (src/app/routes.tsx), each a lazily loaded chunk. */
const ROUTES: readonly { path: string; module: string }[] = [
  { path: '/', module: 'src/features/dashboard/routes/dashboard.tsx' },
  { path: '/contracts', module: 'src/features/contracts/routes/register.tsx' },
  { path: '/contracts/:contractId', module: 'src/app/routes/contract.tsx' },
  { path: '/evidence', module: 'src/features/evidence/routes/queue.tsx' },
  { path: '/audit', module: 'src/features/audit/routes/audit-log.tsx' },
];

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function initialScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...srcs, ...preloads])].filter((s): s is string => typeof s === 'string');
}

/** A chunk's file and those of every chunk it imports statically (which load with it), not its dynamic imports. */
export function staticClosure(manifest: Manifest, key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build manifest has no ${key}`);
  if (files.has(`/${chunk.file}`)) return files;
  files.add(`/${chunk.file}`);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

function main(): void {
  const dist = process.argv[2] ?? 'dist';
  const gzipBytes = new Map<string, number>();
  const sizeOf = (src: string) => {
    let bytes = gzipBytes.get(src);
    if (bytes === undefined) {
      bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
      gzipBytes.set(src, bytes);
    }
    return bytes;
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  let failed = false;

  const initial = initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  let total = 0;
  for (const src of initial) {
    total += sizeOf(src);
    console.log(`${kb(sizeOf(src)).padStart(10)} gzip  ${src}`);
  }
  const verdict = total <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`Initial JavaScript: ${kb(total)} gzip, ${verdict} the ${INITIAL_JS_BUDGET_BYTES / 1024} KB budget\n`);
  failed ||= total > INITIAL_JS_BUDGET_BYTES;

  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with build.manifest set`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  for (const route of ROUTES) {
    const files = new Set([...initial, ...staticClosure(manifest, route.module)]);
    const routeTotal = [...files].reduce((sum, src) => sum + sizeOf(src), 0);
    const routeVerdict = routeTotal <= ROUTE_JS_BUDGET_BYTES ? 'within' : 'OVER';
    console.log(
      `${route.path.padEnd(24)} ${kb(routeTotal).padStart(9)} gzip opened cold, ${routeVerdict} the ${ROUTE_JS_BUDGET_BYTES / 1024} KB budget`,
    );
    failed ||= routeTotal > ROUTE_JS_BUDGET_BYTES;
  }
  if (failed) process.exit(1);
}

main();

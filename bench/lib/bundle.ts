import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  src: string;
  gzipBytes: number;
}

/**
 * The scripts a browser fetches before the app can start: the entry module and the chunks
 * index.html preloads (the same rule as scripts/check-bundle-size.ts, which runs as a script
 * and so cannot be imported).
 */
export function initialScripts(indexHtml: string): string[] {
  const entries = [...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...entries, ...preloads])].filter((src): src is string => src !== undefined);
}

/** Gzip size (default level, as a server would send it) of each initial script in a built app. */
export async function initialScriptSizes(distDir: string): Promise<ScriptSize[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error(`${join(distDir, 'index.html')} loads no module script`);
  return Promise.all(
    scripts.map(async (src) => ({
      src,
      gzipBytes: gzipSync(await readFile(join(distDir, src.replace(/^\//, '')))).length,
    })),
  );
}

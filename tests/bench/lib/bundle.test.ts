// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScripts, initialScriptSizes } from '../../../bench/lib/bundle';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/schemas-def.js">
<link rel="modulepreload" crossorigin href="/assets/index-abc.js">
<link rel="stylesheet" href="/assets/index-123.css">
</head><body><div id="root"></div></body></html>`;

let dist: string | undefined;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = undefined;
});

describe('initialScripts', () => {
  it('is the entry module and its modulepreloads, each once, without stylesheets', () => {
    expect(initialScripts(INDEX)).toEqual(['/assets/index-abc.js', '/assets/schemas-def.js']);
  });
});

describe('initialScriptSizes', () => {
  it('gzips each initial script from the build folder', async () => {
    dist = await mkdtemp(join(tmpdir(), 'svm-bundle-test-'));
    await mkdir(join(dist, 'assets'));
    const entry = 'export const a = 1;\n'.repeat(500);
    const schemas = 'export const b = "x";\n';
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets', 'index-abc.js'), entry);
    await writeFile(join(dist, 'assets', 'schemas-def.js'), schemas);
    expect(await initialScriptSizes(dist)).toEqual([
      { src: '/assets/index-abc.js', gzipBytes: gzipSync(entry).length },
      { src: '/assets/schemas-def.js', gzipBytes: gzipSync(schemas).length },
    ]);
  });

  it('fails clearly for a page that loads no module script', async () => {
    dist = await mkdtemp(join(tmpdir(), 'svm-bundle-test-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><p>Nothing</p>');
    await expect(initialScriptSizes(dist)).rejects.toThrow(/loads no module script/);
  });

  it('fails when a preloaded chunk is missing from the build', async () => {
    dist = await mkdtemp(join(tmpdir(), 'svm-bundle-test-'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await expect(initialScriptSizes(dist)).rejects.toThrow(/ENOENT/);
  });
});

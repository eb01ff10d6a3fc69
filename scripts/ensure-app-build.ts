/**
 * `npm start`'s first step: build the app for the server (`npm run build:server`, which
 * calls the same-origin API at /api/v1 and registers no mock) into `dist-server/` when it is
 * missing or older than anything it is built from. Its own folder, so that `npm run build` (the
 * in-browser mock, in `dist/`) can never be what the server serves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', '.env.server', 'package-lock.json'];
const BUILT = join('dist-server', 'index.html');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map(newest));
if (builtAt > sourcesAt) {
  console.log('dist-server/ is up to date.');
} else {
  console.log(
    builtAt === 0 ? 'Building the app (dist-server/ is missing)...' : 'Rebuilding the app (sources changed)...',
  );
  const result = spawnSync('npm', ['run', 'build:server', '--', '--logLevel', 'warn'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bypass } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Runs `npm run api`'s entry point as a real process, as a developer would. */
function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server/cli.ts', ...args], { cwd: process.cwd() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  const waitFor = async (pattern: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const match = pattern.exec(stdout);
      if (match) return match;
      if (child.exitCode !== null) throw new Error(`The CLI exited (${child.exitCode}): ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, exited, output, waitFor };
}

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'svm-cli-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('npm run api', () => {
  it('prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const cli = runCli(['--port', '0', '--contracts', '5', '--in-memory']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/\S+)\/api\/v1/);
    const response = await fetch(bypass(new Request(`${url ?? ''}/healthz`)));
    expect(response.status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 30_000);

  it('exits 1 naming a corrupt data file, and leaves the file alone', async () => {
    const dataFile = join(directory, 'corrupt.json');
    await writeFile(dataFile, 'not json', 'utf8');
    const cli = runCli(['--port', '0', '--contracts', '5', '--data-file', dataFile]);
    expect(await cli.exited).toBe(1);
    expect(cli.output().stderr).toContain(`The data file ${dataFile} is not valid JSON`);
    expect(cli.output().stdout).not.toContain('listening');
    expect(await readFile(dataFile, 'utf8')).toBe('not json');
  }, 30_000);

  it('exits 2 with usage for a bad option', async () => {
    const cli = runCli(['--port', 'eighty']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/--port must be a whole number[\s\S]*Usage: npm run api/);
  }, 30_000);
});

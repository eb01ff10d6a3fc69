// @vitest-environment node
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processAlive } from '../../../bench/lib/process-alive';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const GUARD = fileURLToPath(new URL('../../../bench/lib/guard.ts', import.meta.url));

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    if (condition()) return true;
  }
  return condition();
}

describe('guard', () => {
  it('stops the command and what it started once the benchmark that owns it has gone', async () => {
    const owner = spawn('sleep', ['60']);
    const guard = spawn(
      process.execPath,
      ['--import', 'tsx', GUARD, String(owner.pid), tmpdir(), 'sh', '-c', 'sleep 60 & echo $!; wait'],
      { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      let output = '';
      guard.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      expect(await until(() => output.includes('\n'), 10_000)).toBe(true);
      const grandchild = Number(output.trim());
      expect(processAlive(grandchild)).toBe(true);

      owner.kill('SIGKILL');

      expect(await until(() => !processAlive(grandchild), 5_000)).toBe(true);
    } finally {
      owner.kill('SIGKILL');
      if (guard.pid && processAlive(guard.pid)) process.kill(-guard.pid, 'SIGKILL');
    }
  });

  it('passes on the exit code of the command', async () => {
    const guard = spawn(
      process.execPath,
      ['--import', 'tsx', GUARD, String(process.pid), tmpdir(), 'sh', '-c', 'exit 3'],
      {
        cwd: ROOT,
        detached: true,
      },
    );
    const code = await new Promise<number | null>((resolve) => guard.on('exit', resolve));
    expect(code).toBe(3);
  });
});

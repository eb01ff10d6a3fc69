// @vitest-environment node
/**
 * The process as `npm start` runs it: listens, stops cleanly on SIGTERM (exit 0, database
 * closed), and a decision made before the stop is still there after a restart on the same
 * PGlite data folder. Its logs carry request ids but no personal data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceDetailSchema, evidenceSchema, pageSchema } from '@/lib/contract';
import { SERVER_START_TIMEOUT_MS, useRealNetwork } from './support/server';

useRealNetwork();

const dataDir = mkdtempSync(join(tmpdir(), 'svm-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  baseUrl: string;
  logs: () => string;
  exited: Promise<number | null>;
}

function start(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--demo-contracts', '3'], {
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const address = /"address":"(http:\/\/[^"]+)"/.exec(out)?.[1];
      if (address) resolve({ child, baseUrl: `${address}/api/v1`, logs: () => out, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${out}`)));
  });
}

describe('the server process', () => {
  it(
    'stops cleanly on SIGTERM and keeps decisions across a restart',
    async () => {
      const first = await start();
      const page = pageSchema(evidenceSchema).parse(await (await fetch(`${first.baseUrl}/evidence`)).json());
      const item = page.items[0];
      if (!item) throw new Error('The demo data should have pending evidence');
      const comment = 'Checked against the payroll of Jane Example';
      const decided = await fetch(`${first.baseUrl}/evidence/${item.id}/decisions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'decision-1' },
        body: JSON.stringify({ decision: 'query', comment, version: item.version }),
      });
      expect(decided.status).toBe(200);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.logs()).toContain('"reqId":"decision-1"');
      expect(first.logs()).not.toContain(comment);
      expect(first.logs()).not.toContain('Priya Sharma');

      const second = await start();
      try {
        const detail = evidenceDetailSchema.parse(await (await fetch(`${second.baseUrl}/evidence/${item.id}`)).json());
        expect(detail.evidence).toMatchObject({ status: 'queried', version: item.version + 1 });
        expect(detail.audit.at(-1)?.comment).toBe(comment);
      } finally {
        second.child.kill('SIGINT');
        expect(await second.exited).toBe(0);
      }
    },
    SERVER_START_TIMEOUT_MS * 2,
  );
});

// @vitest-environment node
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { portInUse, runToEnd, startService, stopService, waitForHttp } from '../../../bench/lib/processes';
import { processAlive } from '../../../bench/lib/process-alive';

const cwd = tmpdir();

async function firstLine(tail: () => string): Promise<string> {
  for (let i = 0; i < 100 && tail() === ''; i += 1) await sleep(20);
  return tail().split('\n')[0] ?? '';
}

describe('stopService', () => {
  it('stops what the service started as well as the service itself', async () => {
    // The shell starts a grandchild and reports its pid, as npm starts tsx which starts node.
    const service = startService('A shell', 'sh', ['-c', 'sleep 60 & echo $!; wait'], { cwd });
    const grandchild = Number(await firstLine(service.tail));
    expect(processAlive(grandchild)).toBe(true);

    await stopService(service);

    expect(await service.exited).toBe('SIGTERM');
    expect(processAlive(grandchild)).toBe(false);
  });

  it('does nothing for a service that has already ended', async () => {
    const service = startService('A quick one', 'sh', ['-c', 'exit 0'], { cwd });
    expect(await service.exited).toBe('exit code 0');
    await expect(stopService(service)).resolves.toBeUndefined();
  });
});

describe('runToEnd', () => {
  it('resolves when the command succeeds', async () => {
    await expect(runToEnd('A build', 'sh', ['-c', 'echo built'], { cwd })).resolves.toBeUndefined();
  });

  it('fails with the exit code and the end of the output', async () => {
    await expect(
      runToEnd('The build', 'sh', ['-c', 'echo compiling; echo broken >&2; exit 3'], { cwd }),
    ).rejects.toThrow(/The build failed \(exit code 3\):\ncompiling\nbroken/);
  });

  it('fails clearly when the command does not exist', async () => {
    await expect(runToEnd('The build', 'no-such-command-svm', [], { cwd })).rejects.toThrow(/could not start/);
  });
});

describe('waitForHttp', () => {
  const HEALTH = 'http://127.0.0.1:9/healthz';
  // The test setup's msw server answers fetch in place of a real server.
  const notListening = () => server.use(http.get(HEALTH, () => HttpResponse.error()));

  it('resolves once the URL answers', async () => {
    let calls = 0;
    server.use(http.get(HEALTH, () => (++calls < 3 ? HttpResponse.error() : HttpResponse.json({ status: 'ok' }))));
    const service = startService('A server', 'sleep', ['30'], { cwd });
    try {
      await expect(waitForHttp(HEALTH, service, 10_000)).resolves.toBeUndefined();
      expect(calls).toBe(3);
    } finally {
      await stopService(service);
    }
  });

  it('fails at once, with its output, when the service ends before answering', async () => {
    notListening();
    const service = startService('The demo API', 'sh', ['-c', 'echo "Port 8787 is in use"; exit 1'], { cwd });
    const started = Date.now();
    await expect(waitForHttp(HEALTH, service, 30_000)).rejects.toThrow(
      /The demo API stopped \(exit code 1\) before http:\/\/127.0.0.1:9\/healthz answered:\nPort 8787 is in use/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gives up after its timeout', async () => {
    notListening();
    const service = startService('A silent server', 'sleep', ['30'], { cwd });
    try {
      await expect(waitForHttp(HEALTH, service, 300)).rejects.toThrow(/did not answer within 0.3 s/);
    } finally {
      await stopService(service);
    }
  });
});

describe('portInUse', () => {
  it('is true while something listens on the port and false once it has stopped', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect(await portInUse('127.0.0.1', port)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await portInUse('127.0.0.1', port)).toBe(false);
  });
});

// @vitest-environment node
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mainThreadTimeBetween, parseSchedstat, RendererCpu } from '../../../bench/lib/cpu';

describe('parseSchedstat', () => {
  it('reads nanoseconds on a CPU and waiting for one as milliseconds', () => {
    expect(parseSchedstat('195175801 20854705 429\n')).toEqual({ onCpuMs: 195.175801, waitingMs: 20.854705 });
  });

  it('gives nothing for text it does not recognise', () => {
    expect(parseSchedstat('')).toBeUndefined();
    expect(parseSchedstat('n/a')).toBeUndefined();
  });
});

describe('mainThreadTimeBetween', () => {
  it('adds up what each renderer got, counting one started meanwhile from zero', () => {
    const before = new Map([[10, { onCpuMs: 100, waitingMs: 50 }]]);
    const after = new Map([
      [10, { onCpuMs: 180, waitingMs: 250 }],
      [11, { onCpuMs: 30, waitingMs: 5 }],
    ]);
    expect(mainThreadTimeBetween(before, after)).toEqual({ onCpuMs: 110, waitingMs: 205 });
  });

  it('gives nothing when no renderer could be read', () => {
    expect(mainThreadTimeBetween(new Map(), new Map())).toBeUndefined();
  });
});

describe('RendererCpu', () => {
  it('reads the renderers Chromium lists, skipping other processes and ones /proc does not have', async () => {
    // This process stands in for a renderer: its own /proc entry is readable.
    const cpu = new RendererCpu(async () => [
      { type: 'browser', id: process.pid },
      { type: 'renderer', id: process.pid },
      { type: 'renderer', id: 2 ** 30 },
    ]);
    const snapshot = await cpu.snapshot();
    expect([...snapshot.keys()]).toEqual([process.pid]);
    expect(snapshot.get(process.pid)?.onCpuMs).toBeGreaterThan(0);
  });

  it("leaves out the browser's own interface renderers", async () => {
    // A process whose command line carries the flag Chromium gives its interface renderers.
    const webui = spawn('sh', ['-c', 'sleep 30', '--top-chrome-webui']);
    try {
      const pid = webui.pid ?? 0;
      const cpu = new RendererCpu(async () => [
        { type: 'renderer', id: pid },
        { type: 'renderer', id: process.pid },
      ]);
      expect([...(await cpu.snapshot()).keys()]).toEqual([process.pid]);
    } finally {
      webui.kill();
    }
  });
});

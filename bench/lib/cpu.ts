import { readFile } from 'node:fs/promises';
import type { CDPSession } from 'playwright';

/** Chromium's processes by type ('browser', 'renderer', 'GPU'…) and OS process id. */
export type ListProcesses = () => Promise<readonly { type: string; id: number }[]>;

/** The browser's own list of its processes, through its DevTools protocol session. */
export function chromiumProcesses(browserSession: CDPSession): ListProcesses {
  return async () => (await browserSession.send('SystemInfo.getProcessInfo')).processInfo;
}

/** The renderers' main threads: time on a CPU, and time ready to run but waiting for one, in ms. */
export interface MainThreadTime {
  onCpuMs: number;
  waitingMs: number;
}

type Snapshot = Map<number, MainThreadTime>;

/**
 * Reads how much CPU the pages' main threads got, so that a slow figure can be told apart
 * from a busy machine: Linux's /proc/<pid>/schedstat for a renderer process describes its
 * main thread (where the page's JavaScript, style, layout and paint run): nanoseconds on a
 * CPU and nanoseconds waiting in the run queue. Renderers for the browser's own interface
 * (`--top-chrome-webui`, one per headless window) are left out: they are not the app.
 */
export class RendererCpu {
  constructor(private readonly listProcesses: ListProcesses) {}

  /** Every renderer's main thread now; empty where /proc is not available (not Linux). */
  async snapshot(): Promise<Snapshot> {
    const processes = await this.listProcesses();
    const renderers = processes.filter((info) => info.type === 'renderer').map((info) => info.id);
    const entries = await Promise.all(renderers.map(async (pid) => [pid, await readPageMainThread(pid)] as const));
    return new Map(entries.filter((entry): entry is [number, MainThreadTime] => entry[1] !== undefined));
  }
}

async function readPageMainThread(pid: number): Promise<MainThreadTime | undefined> {
  try {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    if (commandLine.includes('--top-chrome-webui')) return undefined;
    return parseSchedstat(await readFile(`/proc/${pid}/schedstat`, 'utf8'));
  } catch {
    // Not Linux, or the renderer has just ended.
    return undefined;
  }
}

/** `/proc/<pid>/schedstat`: "<ns on cpu> <ns waiting> <timeslices>". */
export function parseSchedstat(text: string): MainThreadTime | undefined {
  const [onCpu, waiting] = text.trim().split(/\s+/).map(Number);
  if (onCpu === undefined || waiting === undefined || Number.isNaN(onCpu) || Number.isNaN(waiting)) return undefined;
  return { onCpuMs: onCpu / 1e6, waitingMs: waiting / 1e6 };
}

/** What the main threads got between two snapshots; a renderer started meanwhile counts from zero. */
export function mainThreadTimeBetween(before: Snapshot, after: Snapshot): MainThreadTime | undefined {
  if (after.size === 0) return undefined;
  let onCpuMs = 0;
  let waitingMs = 0;
  for (const [pid, now] of after) {
    const then = before.get(pid) ?? { onCpuMs: 0, waitingMs: 0 };
    onCpuMs += now.onCpuMs - then.onCpuMs;
    waitingMs += now.waitingMs - then.waitingMs;
  }
  return { onCpuMs, waitingMs };
}

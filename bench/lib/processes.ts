import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const TAIL_LINES = 40;
/** Where `--import tsx` resolves, whatever the service's own working directory. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GUARD = fileURLToPath(new URL('./guard.ts', import.meta.url));
const STOP_GRACE_MS = 5_000;

/** A child process in its own process group, so that stopping it also stops whatever it started. */
export interface Service {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<string>;
  /** Its last lines of output, for an error message. */
  tail: () => string;
}

const running = new Set<Service>();

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already gone.
  }
}

// Should the benchmark itself die, take its children with it rather than leave servers on the ports.
process.on('exit', () => {
  for (const service of running) if (service.child.pid) signalGroup(service.child.pid, 'SIGKILL');
});

/**
 * Starts `command` in a process group of its own, led by a guard (guard.ts) that stops the
 * group should this process end without stopping it; keeps the tail of its output.
 */
export function startService(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Service {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', GUARD, String(process.pid), options.cwd, command, ...args],
    { cwd: ROOT, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    if (options.echo) process.stdout.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`could not start: ${error.message}`));
    child.on('exit', (code, signal) => resolve(signal ?? `exit code ${code ?? 'unknown'}`));
  });
  const service: Service = { name, child, exited, tail: () => lines.join('\n') };
  running.add(service);
  void exited.then(() => {
    if (!child.pid || !groupAlive(child.pid)) running.delete(service);
  });
  return service;
}

/** Stops the service's whole process group: SIGTERM, then SIGKILL for anything left after a grace period. */
export async function stopService(service: Service): Promise<void> {
  const { pid } = service.child;
  if (pid !== undefined && groupAlive(pid)) {
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    while (groupAlive(pid)) await sleep(20);
  }
  running.delete(service);
}

/** Stops every service still running, in reverse order of starting. */
export async function stopAll(): Promise<void> {
  for (const service of [...running].reverse()) await stopService(service);
}

/** Runs a command to completion (in its own group, so an interrupted benchmark stops it too). */
export async function runToEnd(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<void> {
  const service = startService(name, command, args, options);
  const outcome = await service.exited;
  await stopService(service);
  if (outcome !== 'exit code 0') throw new Error(`${name} failed (${outcome}):\n${service.tail()}`);
}

/** Waits until `url` answers 2xx; fails at once should the service serving it end first. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  let ended: string | undefined;
  void service.exited.then((outcome) => {
    ended = outcome;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended !== undefined)
      throw new Error(`${service.name} stopped (${ended}) before ${url} answered:\n${service.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${service.tail()}`);
}

/** Whether something already listens on the port (another run, or the e2e tests' servers). */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface Machine {
  os: string;
  cpuModel: string;
  cpuCount: number;
  totalMemoryGB: number;
  node: string;
  chromium: string;
  /** 1-minute load averages as the benchmark started and ended: other work on the machine slows every figure. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
}

export function describeMachine(chromiumVersion: string, loadAverageAtStart: number): Machine {
  const processors = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    totalMemoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart,
    loadAverageAtEnd: currentLoad(),
  };
}

/** The 1-minute load average now. */
export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

/**
 * How the browser tests launch Chromium, and the benchmark with them so its timings come from
 * the same browser: Debian's (`apt-get install chromium`), never a downloaded one, with the
 * background work (updates, sync, network probes) that would disturb a run switched off.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

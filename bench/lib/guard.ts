/**
 * Runs a command for the benchmark and stops it, with everything it started, should the
 * benchmark end without stopping it: killed outright, or stopped by tsx, which kills its child
 * when it does not acknowledge Ctrl-C within 30 ms (easily missed on a busy machine).
 *
 *   node --import tsx bench/lib/guard.ts <owner pid> <working directory> <command> [args…]
 *
 * The guard leads the command's process group (the benchmark starts it detached), so one
 * signal to the group stops both; and when the owner has gone it kills the group itself.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { processAlive } from './process-alive';

const OWNER_POLL_MS = 500;

function stopGroup(): void {
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    // Not a group leader (started by hand): stop the command alone.
    child.kill('SIGKILL');
    process.exit(1);
  }
}

const [ownerText, cwd, command, ...args] = process.argv.slice(2);
const owner = Number(ownerText);
if (!cwd || !command || !Number.isInteger(owner) || owner <= 0) {
  console.error('Usage: guard.ts <owner pid> <working directory> <command> [args…]');
  process.exit(2);
}

const child = spawn(command, args, { cwd, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`could not start ${command}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));

setInterval(() => {
  if (!processAlive(owner)) stopGroup();
}, OWNER_POLL_MS);

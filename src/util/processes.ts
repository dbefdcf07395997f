/** Facts about other processes on this computer, for telling a live lock holder from a crashed one. */
import { readFileSync } from 'node:fs';

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its parent) still answers signals but holds nothing.
  return procStat(pid)?.[0] !== 'Z';
}

/** The fields of /proc/<pid>/stat after the command name (field 3 onwards); undefined without /proc. */
function procStat(pid: number): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * When the process started, in clock ticks since boot (field 22 of Linux's
 * /proc/<pid>/stat): with the pid, it names one process, even after the pid is
 * reused. Undefined where there is no /proc (macOS, Windows) or no such process.
 */
export function processStartTime(pid: number): string | undefined {
  return procStat(pid)?.[19];
}

// Is a process still the one that wrote a lock or temp file? (pid alive, and on Linux the same start time)
import { readFileSync } from 'node:fs';

/** The kernel's start time of a process (clock ticks since boot, /proc/<pid>/stat field 22), or null off Linux. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** True when `pid` is alive and, if `startTime` is known here, started at that time (not a reused pid). */
export function processAlive(pid: number, startTime?: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!startTime) return true;
  const now = processStartTime(pid);
  return now === null || now === startTime;
}

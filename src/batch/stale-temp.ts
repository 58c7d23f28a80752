// Removes temporary files left in a podcast folder by runs that were killed (SIGKILL, power loss).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

// tempPathFor() names: ".<name>.<pid>.<8 hex>.tmp", optionally with a suffix such as ".audio".
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp(\.[a-z]+)?$/;

/** Delete temp files in `dirs` whose writing process is gone; returns the names removed. */
export async function removeStaleTemps(dirs: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = TEMP_NAME.exec(name);
      if (!match || isAlive(Number(match[1]))) continue;
      await rm(path.join(dir, name), { force: true }).catch(() => undefined);
      removed.push(path.join(dir, name));
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Removes temporary files left in a podcast folder by runs that were killed (SIGKILL, a crash).
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from '../util/process-alive.js';

// tempPathFor() names: ".<name>.<pid>.<8 hex>.tmp", optionally with a suffix such as ".audio".
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp(\.[a-z]+)?$/;

/** Delete temp files in `dirs` whose writing process is gone; returns the names removed. */
export async function removeStaleTemps(dirs: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = TEMP_NAME.exec(name);
      if (!match || processAlive(Number(match[1]))) continue;
      await rm(path.join(dir, name), { force: true }).catch(() => undefined);
      removed.push(path.join(dir, name));
    }
  }
  return removed;
}



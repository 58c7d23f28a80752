// A folder nobody may write to, for real: a read-only bind mount when running as root (root ignores permission bits),
// permission bits otherwise. Never a fake.
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh read-only folder (holding the files `fill` writes first); call `release()` to unmount and remove it. */
export async function readOnlyDir(fill?: (dir: string) => Promise<void>): Promise<{ dir: string; release: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bc-readonly-'));
  await fill?.(dir);
  if (process.getuid?.() === 0) {
    // CI runs as root: a mount that fails here fails the test (it must not quietly test nothing).
    execFileSync('mount', ['--bind', dir, dir]);
    execFileSync('mount', ['-o', 'remount,ro,bind', dir]);
    return {
      dir,
      release: async () => {
        execFileSync('umount', [dir]);
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  await chmod(dir, 0o555);
  return {
    dir,
    release: async () => {
      await chmod(dir, 0o755);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

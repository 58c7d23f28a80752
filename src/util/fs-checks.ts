// Checks on output locations, so a bad folder fails before minutes of synthesis.
import { access, constants, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Ensure the folder that will hold `file` exists (creating it when asked) and is writable. */
export async function ensureWritableDir(dir: string, options: { create: boolean }): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new UserError(`${dir} is not a folder`, { hint: 'choose another output location' });
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (!options.create) throw new UserError(`output folder ${dir} does not exist`, { hint: 'create it or choose another path' });
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw new UserError(`cannot create output folder ${dir}: ${(e as NodeJS.ErrnoException).code}`, { hint: 'choose a writable location' });
    }
  }
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new UserError(`output folder ${dir} is not writable`, { hint: 'choose a writable location or fix its permissions' });
  }
}

/** True when something exists at `file` (a stat succeeds). */
export function pathExists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The folder of an output file path. */
export function folderOf(file: string): string {
  return path.dirname(path.resolve(file));
}

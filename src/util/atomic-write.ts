// Writes a file through a temporary name in the same folder and a rename, so readers never see half a file.
import { randomBytes } from 'node:crypto';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A temporary path next to `file` (same folder, so rename is atomic), hidden and unique. */
export function tempPathFor(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Write data to `file` atomically (temp file + rename); the temp file is removed on failure. */
export function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  return atomically(file, (tmp) => writeFile(tmp, data));
}

/** Copy `source` to `file` atomically (temp file + rename); the temp file is removed on failure. */
export function copyFileAtomic(source: string, file: string): Promise<void> {
  return atomically(file, (tmp) => copyFile(source, tmp));
}

// Fill a temp path next to `file` with `fill`, then rename it into place; on failure remove it and rethrow.
async function atomically(file: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(file);
  try {
    await fill(tmp);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

// Checks made before any work: a bad path or a missing ffmpeg fails in a second, not after minutes of synthesis.
import { stat } from 'node:fs/promises';
import { ffmpegInfo } from '../audio/ffmpeg.js';
import { formatForFile } from '../audio/formats.js';
import { UserError } from '../errors.js';
import { ensureWritableDir, folderOf } from '../util/fs-checks.js';

export interface PreflightOptions {
  output?: string;
  timingsPath?: string;
  cacheDir?: string | null;
}

async function kind(file: string): Promise<'file' | 'dir' | null> {
  try {
    return (await stat(file)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** Throw UserError (exit 2) or DependencyError (exit 3) for anything that would fail only at the end of a run. */
export async function preflight(options: PreflightOptions): Promise<void> {
  if (options.output) {
    formatForFile(options.output);
    if ((await kind(options.output)) === 'dir') {
      throw new UserError(`${options.output} is a folder`, { hint: 'give -o a file name such as briefing.m4b' });
    }
    await ensureWritableDir(folderOf(options.output), { create: false });
  }
  if (options.timingsPath) {
    if ((await kind(options.timingsPath)) === 'dir') {
      throw new UserError(`${options.timingsPath} is a folder`, { hint: 'give --timings a file name such as timings.json' });
    }
    await ensureWritableDir(folderOf(options.timingsPath), { create: false });
  }
  if (options.cacheDir && (await kind(options.cacheDir)) === 'file') {
    throw new UserError(`cache folder ${options.cacheDir} is a file`, { hint: 'give --cache-dir a folder, or use --no-cache' });
  }
  await ffmpegInfo();
}

// Output formats briefcast writes, chosen from a file extension.
import path from 'node:path';
import { UserError } from '../errors.js';
import type { AudioFormat } from './assemble.js';

const BY_EXTENSION: Record<string, AudioFormat> = { '.m4b': 'm4b', '.m4a': 'm4a', '.mp3': 'mp3', '.opus': 'opus', '.ogg': 'ogg' };

/** The format for an output file name, or a UserError listing the supported extensions. */
export function formatForFile(file: string): AudioFormat {
  const ext = path.extname(file).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (!format) {
    throw new UserError(`cannot write "${ext || file}" audio`, { hint: `name the output with one of: ${Object.keys(BY_EXTENSION).join(', ')}` });
  }
  return format;
}

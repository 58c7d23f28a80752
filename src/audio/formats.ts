// Output formats briefcast writes, chosen from a file extension.
import path from 'node:path';
import { UserError } from '../errors.js';
import { formatFromPath } from './args.js';
import type { AudioFormat } from './types.js';

/** The format for an output file name, or a UserError listing the supported extensions. */
export function formatForFile(file: string): AudioFormat {
  const format = formatFromPath(file);
  if (!format) {
    const ext = path.extname(file).toLowerCase();
    throw new UserError(`cannot write "${ext || file}" audio`, { hint: 'name the output with one of: .m4b, .m4a, .mp3, .opus, .ogg' });
  }
  return format;
}

// Output formats briefcast writes, chosen from a file extension: the formats the containers write.
import path from 'node:path';
import { UserError } from '../errors.js';
import { allFormats } from './containers/container.js';
import type { AudioFormat } from './types.js';

/** Map an output path's extension to a format, or undefined when unsupported. */
export function formatFromPath(file: string): AudioFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return allFormats().find((f) => f === ext);
}

/** The format for an output file name, or a UserError listing the supported extensions. */
export function formatForFile(file: string): AudioFormat {
  const format = formatFromPath(file);
  if (!format) {
    const ext = path.extname(file).toLowerCase();
    throw new UserError(`cannot write "${ext || file}" audio`, { hint: `name the output with one of: ${allFormats().map((f) => `.${f}`).join(', ')}` });
  }
  return format;
}

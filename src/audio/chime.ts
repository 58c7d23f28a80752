// The optional chime between chapters: a user's sound file, decoded once to a short mono WAV.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { runFfmpeg } from './ffmpeg.js';
import { isAbort, UserError } from '../errors.js';

/** Longest chime kept, in seconds: it separates chapters, it is not music. */
const CHIME_MAX_SECONDS = 5;

/** Decode `file` (any format ffmpeg reads) into `<workDir>/chime.wav`; a UserError when it cannot. */
export async function prepareChime(file: string, workDir: string, signal?: AbortSignal): Promise<string> {
  const input = path.resolve(file); // absolute, so a name starting with "-" is never an option
  try {
    await access(input);
  } catch {
    throw new UserError(`chime file ${file} does not exist`, { hint: 'give the path of a short sound file' });
  }
  const output = path.join(workDir, 'chime.wav');
  try {
    await runFfmpeg(['-nostdin', '-v', 'error', '-y', '-i', input, '-map', '0:a:0', '-t', String(CHIME_MAX_SECONDS), '-ac', '1', '-c:a', 'pcm_s16le', output], signal);
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    throw new UserError(`cannot read the chime ${file} as audio`, { hint: 'give a WAV, MP3, M4A or Ogg file', cause: error });
  }
  return output;
}

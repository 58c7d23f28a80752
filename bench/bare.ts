// The bare pipeline the issue compares against: the engine reads the whole text into one WAV, then one ffmpeg encode.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { getEngine } from '../src/tts/registry.js';

const exec = promisify(execFile);

export interface BareResult {
  synthSeconds: number;
  encodeSeconds: number;
  wallSeconds: number;
}

/** Synthesize the article file's whole text in one engine request, then encode it to AAC with make's encoder settings. */
export async function barePipeline(options: { engine: string; voice: string; article: string; workDir: string; ffmpeg: string }): Promise<BareResult> {
  const text = (await readFile(options.article, 'utf8')).replace(/\r?\n\s*\r?\n/g, '\n\n');
  const wav = path.join(options.workDir, `bare-${options.engine}.wav`);
  const out = path.join(options.workDir, `bare-${options.engine}.m4a`);
  const engine = await getEngine(options.engine);
  const t0 = performance.now();
  const session = await engine.open({ jobs: 1 });
  try {
    await session.synthesize({ text, voice: options.voice, rate: null, outFile: wav });
  } finally {
    await session.close();
  }
  const t1 = performance.now();
  // The same encoder settings as make's (AAC 64 kb/s, the fast coder, the engine's own rate): the comparison is about the
  // pipeline, not the codec (ffmpeg's default two-loop coder takes 3 s instead of 0.6 s on espeak-ng's output).
  await exec(options.ffmpeg, ['-y', '-v', 'error', '-i', wav, '-ac', '1', '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '64k', out]);
  const t2 = performance.now();
  return { synthSeconds: (t1 - t0) / 1000, encodeSeconds: (t2 - t1) / 1000, wallSeconds: (t2 - t0) / 1000 };
}

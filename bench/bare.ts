// The bare pipeline the issue compares against: the engine reads the whole text into one WAV, then one ffmpeg encode.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { getEngine } from '../src/tts/registry.js';

const exec = promisify(execFile);

export interface BareResult {
  synthSeconds: number;
  /** ffmpeg's default AAC encoder settings (two-loop coder) at the engine's rate. */
  encodeSeconds: number;
  wallSeconds: number;
  /** The same encode with make's settings (the fast coder): the bare pipeline given briefcast's encoder choice too. */
  fastEncodeSeconds: number;
  fastWallSeconds: number;
}

/** Synthesize the article file's whole text in one engine request, then encode it to AAC (two ways, timed apart). */
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
  // Mono AAC at 64 kb/s at the engine's own rate, as make writes; first with ffmpeg's default coder (two-loop), then with
  // the fast coder make uses (on espeak-ng's output the default coder takes 3 s against 0.6 s).
  await exec(options.ffmpeg, ['-y', '-v', 'error', '-i', wav, '-ac', '1', '-c:a', 'aac', '-b:a', '64k', out]);
  const t2 = performance.now();
  await exec(options.ffmpeg, ['-y', '-v', 'error', '-i', wav, '-ac', '1', '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '64k', out]);
  const t3 = performance.now();
  const synthSeconds = (t1 - t0) / 1000;
  const encodeSeconds = (t2 - t1) / 1000;
  const fastEncodeSeconds = (t3 - t2) / 1000;
  return { synthSeconds, encodeSeconds, wallSeconds: synthSeconds + encodeSeconds, fastEncodeSeconds, fastWallSeconds: synthSeconds + fastEncodeSeconds };
}

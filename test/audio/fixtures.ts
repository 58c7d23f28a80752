// A ~20 s, three-chapter briefing of short unit WAVs from two engines at different rates and very different levels.
import path from 'node:path';
import type { AssemblyChapter } from '../../src/audio/assemble.js';
import { convertWav, espeak, flite, wavSamples } from './helpers.js';

export const TITLES = ['Zürich – ‘Kyiv’ talks', 'Markets = up; #2 \\ more', 'Weather'];
export interface Fixture {
  chapters: AssemblyChapter[];
  /** The mix rate assemble should pick: the WAV rate carrying the most seconds of audio (read by ffprobe). */
  rate: number;
  /** Independent expectations: where each chapter's speech starts, and where each unit starts and ends, in samples at `rate`. */
  speechStart: number[];
  pauseBefore: number[];
  units: Array<{ start: number; end: number }>;
}

/** Synthesize the units into `dir` and compute the expected timeline from the WAV lengths read by ffprobe. */
export async function makeFixture(dir: string): Promise<Fixture> {
  const f = (name: string) => path.join(dir, name);
  // espeak-ng at amplitude 20 is far quieter than flite: the leveller must bring them together.
  const e1 = await espeak(f('e1.wav'), 'Good morning. Negotiators met in Zurich on Tuesday.', 20);
  const s1 = await flite(f('s1.wav'), 'Officials said the talks would resume next week.');
  const e2 = await espeak(f('e2.wav'), 'Stock markets rose in early trading.', 20);
  const k2 = await flite(f('k2.wav'), 'Bond yields fell slightly.', 'kal');
  const x2 = await convertWav(await espeak(f('e2b.wav'), 'Analysts expect more gains.', 20), f('x2.wav'), ['-ar', '48000', '-ac', '2', '-c:a', 'pcm_s24le']);
  const s3 = await flite(f('s3.wav'), 'Rain is expected in the afternoon, with mild temperatures.');
  const e3 = await espeak(f('e3.wav'), 'That was your briefing.', 20);
  const spec: Array<Array<[string, number, string]>> = [
    [[e1, 0, 'espeak'], [s1, 350, 'flite']],
    [[e2, 1200, 'espeak'], [k2, 350, 'flite-kal'], [x2, 350, 'espeak']],
    [[s3, 1200, 'flite'], [e3, 350, 'espeak']],
  ];
  const chapters: AssemblyChapter[] = spec.map((units, i) => ({
    title: TITLES[i]!,
    units: units.map(([wav, pauseBeforeMs, level]) => ({ wav, pauseBeforeMs, level })),
  }));
  const seconds = new Map<number, number>();
  for (const [wav] of spec.flat()) {
    const { samples, rate } = await wavSamples(wav);
    seconds.set(rate, (seconds.get(rate) ?? 0) + samples / rate);
  }
  const RATE = [...seconds].sort((a, b) => b[1] - a[1])[0]![0];
  const speechStart: number[] = [];
  const pauseBefore: number[] = [];
  const units: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const units_ of spec) {
    for (const [j, [wav, pauseMs]] of units_.entries()) {
      const { samples, rate } = await wavSamples(wav);
      const pause = Math.round((pauseMs * RATE) / 1000);
      pos += pause;
      if (j === 0) {
        speechStart.push(pos);
        pauseBefore.push(pause);
      }
      const len = Math.round((samples * RATE) / rate);
      units.push({ start: pos, end: pos + len });
      pos += len;
    }
  }
  return { chapters, rate: RATE, speechStart, pauseBefore, units };
}

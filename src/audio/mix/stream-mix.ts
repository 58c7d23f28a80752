// Both passes of the mix at once, while synthesis still runs: each unit is placed, levelled, limited and streamed to
// the encoder as soon as it and the units before it exist, so the encode overlaps synthesis instead of following it.
// A voice's gain is set from its first units (enough of its speech for a steady loudness); assemble() meters what was
// streamed and encodes once more from the whole layout in the rare case the mix missed its target or a voice as a whole
// was far from its first units.
import { AbortError } from '../../errors.js';
import type { AssemblyChapter } from '../types.js';
import { integratedLoudness, KWeighting, type SlotEnergy } from './loudness.js';
import { limitInto } from './limiter.js';
import { LayoutBuilder, measureUnit, pauseSamples, type Layout, type PlacedUnit } from './layout.js';
import { levelGains, meterSent, silence, type MixTarget } from './gains.js';
import type { UnitPrefetch } from './prefetch.js';
import { resampleTo } from './resample.js';
import { readWav, wavDuration } from './wav.js';

/** Seconds of a voice's speech that fix its gain (a voice with less waits for half of all it says). */
const GAIN_SECONDS = 40;

/** Unit WAVs that are still being synthesized: who has arrived, and a way to wait for more. */
class Arrivals {
  private readonly wavs: Array<string | undefined>;
  private failure: { error: unknown } | undefined;
  private readonly wakers = new Set<() => void>();

  constructor(sources: ReadonlyArray<string | Promise<string>>) {
    this.wavs = sources.map((source, i) => {
      if (typeof source === 'string') return source;
      source.then(
        (wav) => {
          this.wavs[i] = wav;
          this.wake();
        },
        (error: unknown) => {
          this.failure ??= { error };
          this.wake();
        },
      );
      return undefined;
    });
  }

  has(index: number): boolean {
    return this.wavs[index] !== undefined;
  }

  /** Resolve once `ready()` holds (re-checked at every arrival); rejects on abort or when a unit failed. */
  async until(ready: () => boolean, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new AbortError();
      if (ready()) return;
      if (this.failure) throw this.failure.error;
      await new Promise<void>((resolve) => {
        const done = () => {
          this.wakers.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.wakers.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  async wav(index: number, signal?: AbortSignal): Promise<string> {
    await this.until(() => this.has(index), signal);
    return this.wavs[index]!;
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }
}

/**
 * The mix rate before all units exist: the native rate of the voice expected to speak the most (from the units'
 * estimated seconds), read from its first unit once that arrives; within 8-48 kHz.
 */
export async function streamMixRate(chapters: AssemblyChapter[], fallback: number, signal?: AbortSignal): Promise<number> {
  const units = chapters.flatMap((c) => c.units);
  const seconds = new Map<string, number>();
  const first = new Map<string, number>();
  units.forEach((u, i) => {
    seconds.set(u.level, (seconds.get(u.level) ?? 0) + (u.estimatedSeconds ?? 1));
    if (!first.has(u.level)) first.set(u.level, i);
  });
  const top = [...seconds].sort((a, b) => b[1] - a[1])[0];
  if (!top) return fallback;
  const index = first.get(top[0])!;
  const wav = await new Arrivals(units.map((u, i) => (i === index ? u.wav : ''))).wav(index, signal);
  const d = await wavDuration(wav);
  return d ? Math.min(48_000, Math.max(8_000, d.sampleRate)) : fallback;
}

/** Both passes as f32le chunks in timeline order; `gains` gets each voice's gain, `done` the finished layout. */
export async function* streamChunks(opts: {
  chapters: AssemblyChapter[];
  builder: LayoutBuilder;
  tailMs: number;
  target: MixTarget;
  gains: Map<string, number>;
  /** Filled with the loudness (LUFS) of the units each voice's gain was set from. */
  sampled: Map<string, number>;
  meter: { slots: SlotEnergy };
  done: (layout: Layout) => void;
  prefetch?: UnitPrefetch;
  signal?: AbortSignal;
}): AsyncGenerator<Buffer> {
  const { builder, target, gains, meter, signal } = opts;
  const rate = builder.rate;
  const flat = opts.chapters.flatMap((c) => c.units);
  const arrivals = new Arrivals(flat.map((u) => u.wav));
  // Units decoded early to set a voice's gain, until the stream reaches them.
  const ahead = new Map<number, Float32Array>();
  const decode = async (wav: string) => resampleTo((await opts.prefetch?.take(wav)) ?? (await readWav(wav)), rate);
  const seconds = (i: number) => flat[i]!.estimatedSeconds ?? 1;

  // The gain of `level` from the unit at `index` (its first) and the voice's next units in order, up to GAIN_SECONDS of
  // speech or half of all it says: the same levelling as levelGains, over those units only. Always the same units, so
  // the same gains however fast they arrive, and at most that much audio decoded ahead.
  const decideGain = async (level: string, index: number, samples: Float32Array): Promise<number> => {
    const later = flat.flatMap((u, j) => (j > index && u.level === level ? [j] : []));
    const total = later.reduce((sum, j) => sum + seconds(j), seconds(index));
    const enough = Math.min(GAIN_SECONDS, total / 2);
    const pcm = [samples];
    const units: PlacedUnit[] = [measureUnit({ wav: '', level, pause: 0, start: 0, samples, rate })];
    let pos = samples.length;
    let got = seconds(index);
    for (const j of later) {
      if (got >= enough) break;
      got += seconds(j);
      const wav = await arrivals.wav(j, signal);
      const s = ahead.get(j) ?? (await decode(wav));
      ahead.set(j, s);
      const pause = pauseSamples(flat[j]!.pauseBeforeMs, rate);
      units.push(measureUnit({ wav, level, pause, start: pos + pause, samples: s, rate }));
      pcm.push(s);
      pos += pause + s.length;
    }
    const slots: SlotEnergy = new Map();
    for (const u of units) for (const [k, v] of u.slots) slots.set(k, (slots.get(k) ?? 0) + v);
    opts.sampled.set(level, integratedLoudness(slots, rate));
    const part: Layout = {
      rate,
      units,
      chapters: [],
      totalSamples: pos,
      groups: new Map([[level, slots]]),
      peaks: new Map([[level, Math.max(...units.map((u) => u.peak))]]),
      store: { get: async (i) => pcm[i] },
    };
    return (await levelGains(part, target, signal)).get(level)!;
  };

  const filter = new KWeighting(rate);
  let index = 0;
  for (const chapter of opts.chapters) {
    builder.startChapter(chapter.title);
    for (const unit of chapter.units) {
      const wav = await arrivals.wav(index, signal);
      const samples = ahead.get(index) ?? (await decode(wav));
      ahead.delete(index);
      const before = builder.position;
      const placed = await builder.add({ wav, level: unit.level, pauseBeforeMs: unit.pauseBeforeMs }, samples);
      let gain = gains.get(unit.level);
      if (gain === undefined) gains.set(unit.level, (gain = await decideGain(unit.level, index, samples)));
      if (placed.start > before) yield silence(placed.start - before);
      // A fresh array per unit: the chunk stays queued for ffmpeg's stdin after this generator moves on.
      const out = limitInto(samples, gain, target.ceiling, rate, new Float32Array(samples.length));
      meterSent(meter.slots, placed, out, gain, target.ceiling, rate, filter);
      yield Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      index++;
    }
  }
  const end = builder.position;
  const layout = builder.finish(opts.tailMs);
  yield silence(layout.totalSamples - end);
  opts.done(layout);
}

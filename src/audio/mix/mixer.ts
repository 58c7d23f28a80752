// The one streaming mixer: places each unit on the timeline, applies its voice's gain, limits, meters what is sent and
// yields f32le PCM for the encoder. Where units come from and how gains are chosen are its two inputs:
// - arriving units (still being synthesized): placed as they come, a voice's gain set from its first units;
// - stored units (a finished layout): replayed from the PCM kept by the first pass, with exact gains for the whole layout.
import { AbortError } from '../../errors.js';
import type { AssemblyChapter } from '../types.js';
import { Arrivals } from './arrivals.js';
import { levelGains, meterSent, silence, type MixTarget } from './gains.js';
import { integratedLoudness, KWeighting, type SlotEnergy } from './loudness.js';
import { limitInto } from './limiter.js';
import { LayoutBuilder, measureUnit, pauseSamples, storedSamples, type Layout, type PlacedUnit } from './layout.js';
import type { UnitPrefetch } from './prefetch.js';
import { resampleTo } from './resample.js';
import { readWav } from './wav.js';

/** Where the mixer takes unit `index` from: its place on the timeline and its samples at the mix rate, and its gain. */
export interface UnitSource {
  count: number;
  rate: number;
  next(index: number): Promise<{ placed: PlacedUnit; samples: Float32Array }>;
  gain(index: number, placed: PlacedUnit, samples: Float32Array): Promise<number>;
  /** The whole timeline's length, once every unit was taken. */
  totalSamples(): number;
}

/** The mixed timeline as f32le chunks, metering what is sent into `meter`. */
export async function* mixChunks(source: UnitSource, opts: { target: MixTarget; meter: { slots: SlotEnergy }; signal?: AbortSignal }): AsyncGenerator<Buffer> {
  const filter = new KWeighting(source.rate);
  let pos = 0;
  for (let index = 0; index < source.count; index++) {
    if (opts.signal?.aborted) throw new AbortError();
    const { placed, samples } = await source.next(index);
    const gain = await source.gain(index, placed, samples);
    if (placed.start > pos) yield silence(placed.start - pos);
    // A fresh array per unit: the chunk stays queued for ffmpeg's stdin after this generator moves on.
    const out = limitInto(samples, gain, opts.target.ceiling, source.rate, new Float32Array(samples.length));
    meterSent(opts.meter.slots, { unit: placed, out, gain }, { ceiling: opts.target.ceiling, rate: source.rate, filter });
    pos = placed.end;
    yield Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }
  yield silence(source.totalSamples() - pos);
}

/** Units of a finished layout, replayed from its PCM store with fixed gains per voice. */
export function storedUnits(layout: Layout, gains: ReadonlyMap<string, number>): UnitSource {
  return {
    count: layout.units.length,
    rate: layout.rate,
    async next(index) {
      const placed = layout.units[index]!;
      return { placed, samples: await storedSamples(layout, index) };
    },
    gain: async (index) => gains.get(layout.units[index]!.level) ?? 1,
    totalSamples: () => layout.totalSamples,
  };
}

/** Seconds of a voice's speech that fix its gain while units arrive (a voice with less waits for half of all it says). */
const GAIN_SECONDS = 40;

/**
 * Units still being synthesized, placed on `builder` as they arrive (pass 1 and pass 2 at once). A voice's gain comes
 * from its first unit and its next units in plan order, up to GAIN_SECONDS of speech or half of all it says: always the
 * same units, so the same gains however fast they arrive, and at most that much audio decoded ahead. `gains` and
 * `sampled` (the loudness those units had) are filled in; `layout()` gives the finished layout after the last unit.
 */
export function arrivingUnits(opts: {
  chapters: AssemblyChapter[];
  builder: LayoutBuilder;
  tailMs: number;
  target: MixTarget;
  gains: Map<string, number>;
  sampled: Map<string, number>;
  prefetch?: UnitPrefetch;
  signal?: AbortSignal;
}): UnitSource & { layout(): Layout } {
  const { builder, signal } = opts;
  const rate = builder.rate;
  const flat = opts.chapters.flatMap((c) => c.units);
  const chapterAt = new Map<number, string>();
  let first = 0;
  for (const chapter of opts.chapters) {
    chapterAt.set(first, chapter.title);
    first += chapter.units.length;
  }
  const arrivals = new Arrivals(flat.map((u) => u.wav));
  const ahead = new Map<number, Float32Array>();
  const decode = async (wav: string) => resampleTo((await opts.prefetch?.take(wav)) ?? (await readWav(wav)), rate);
  const seconds = (i: number) => flat[i]!.estimatedSeconds ?? 1;
  let finished: Layout | undefined;

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
    return (await levelGains(part, opts.target, signal)).get(level)!;
  };

  return {
    count: flat.length,
    rate,
    async next(index) {
      const title = chapterAt.get(index);
      if (title !== undefined) builder.startChapter(title);
      const unit = flat[index]!;
      const wav = await arrivals.wav(index, signal);
      const samples = ahead.get(index) ?? (await decode(wav));
      ahead.delete(index);
      const placed = await builder.add({ wav, level: unit.level, pauseBeforeMs: unit.pauseBeforeMs }, samples);
      return { placed, samples };
    },
    async gain(index, placed, samples) {
      let gain = opts.gains.get(placed.level);
      if (gain === undefined) opts.gains.set(placed.level, (gain = await decideGain(placed.level, index, samples)));
      return gain;
    },
    totalSamples() {
      finished ??= builder.finish(opts.tailMs);
      return finished.totalSamples;
    },
    layout() {
      if (!finished) throw new Error('the mix has not reached its end');
      return finished;
    },
  };
}

// The in-process mix: lay units on a sample timeline, level the voices, limit peaks, stream f32le PCM.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AbortError, UserError } from '../errors.js';
import type { AssemblyChapter } from './assemble.js';
import type { ChapterSpan } from './chapters.js';
import { addSlotEnergy, integratedLoudness, KWeighting, mixSlots, type SlotEnergy } from './loudness.js';
import { limitPeaks } from './limiter.js';
import { resampleTo } from './resample.js';
import { readWav } from './wav.js';

/** A unit placed on the timeline (samples at the mix rate). */
export interface PlacedUnit {
  wav: string;
  /** The unit resampled to the mix rate, as raw f32 (written in pass 1 so later passes do not resample again). */
  pcm: string;
  level: string;
  pause: number;
  start: number;
  end: number;
}

/** Result of the first pass: where everything goes and how loud each level group is. */
export interface Layout {
  rate: number;
  units: PlacedUnit[];
  chapters: ChapterSpan[];
  totalSamples: number;
  /** K-weighted energy per 100 ms slot of the timeline, per level group. */
  groups: Map<string, SlotEnergy>;
  /** Largest absolute sample per level group. */
  peaks: Map<string, number>;
}

/** Loudness goal of the mix. */
export interface MixTarget {
  lufs: number;
  /** Sample-peak ceiling (linear) of the in-process limiter. */
  ceiling: number;
}

const MAX_GAIN_DB = 30;

async function loadUnit(wav: string, rate: number): Promise<Float32Array> {
  return resampleTo(await readWav(wav), rate);
}

async function loadPlaced(unit: PlacedUnit): Promise<Float32Array> {
  const buf = await readFile(unit.pcm);
  const out = new Float32Array(buf.length / 4);
  new Uint8Array(out.buffer).set(buf);
  if (out.length !== unit.end - unit.start) {
    throw new UserError(`audio of ${unit.wav} changed while the briefing was being assembled`, { hint: 're-run the command' });
  }
  return out;
}

/** Pass 1: decode every unit once to learn its exact length and its loudness contribution. */
export async function layoutUnits(opts: {
  chapters: AssemblyChapter[];
  rate: number;
  tailMs: number;
  /** A private temp folder for the resampled units. */
  workDir: string;
  signal?: AbortSignal;
}): Promise<Layout> {
  const { rate, signal } = opts;
  const units: PlacedUnit[] = [];
  const spans: ChapterSpan[] = [];
  const groups = new Map<string, SlotEnergy>();
  const peaks = new Map<string, number>();
  const filter = new KWeighting(rate);
  let pos = 0;
  for (const chapter of opts.chapters) {
    let chapterStart: number | undefined;
    for (const unit of chapter.units) {
      if (signal?.aborted) throw new AbortError();
      const pause = Math.max(0, Math.round((unit.pauseBeforeMs * rate) / 1000));
      const samples = await loadUnit(unit.wav, rate);
      const start = pos + pause;
      // A chapter begins inside the pause before its first unit, a little ahead of the speech.
      chapterStart ??= spans.length === 0 ? 0 : start - Math.min(Math.floor(pause / 2), Math.round(0.3 * rate));
      let slots = groups.get(unit.level);
      if (!slots) groups.set(unit.level, (slots = new Map()));
      filter.reset();
      addSlotEnergy(slots, samples, start, rate, filter);
      peaks.set(unit.level, Math.max(peaks.get(unit.level) ?? 0, maxAbs(samples)));
      const pcm = path.join(opts.workDir, `unit-${units.length}.f32`);
      await writeFile(pcm, new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength));
      units.push({ wav: unit.wav, pcm, level: unit.level, pause, start, end: start + samples.length });
      pos = start + samples.length;
    }
    if (spans.length > 0 && chapterStart !== undefined) spans[spans.length - 1]!.end = chapterStart;
    spans.push({ title: chapter.title, start: chapterStart ?? pos, end: pos });
  }
  if (units.length === 0) throw new UserError('nothing to assemble: the chapters have no units');
  const totalSamples = pos + Math.round((opts.tailMs * rate) / 1000);
  spans[spans.length - 1]!.end = totalSamples;
  return { rate, units, chapters: spans, totalSamples, groups, peaks };
}

/** Gains per level group: each group to the same loudness, then a common gain so the mix lands on the target. */
export async function levelGains(layout: Layout, target: MixTarget, signal?: AbortSignal): Promise<Map<string, number>> {
  const gains = new Map<string, number>();
  for (const [level, slots] of layout.groups) {
    const l = integratedLoudness(slots, layout.rate);
    gains.set(level, Number.isFinite(l) ? dbToGain(Math.min(MAX_GAIN_DB, target.lufs - l)) : 1);
  }
  const mixed = integratedLoudness(
    mixSlots([...layout.groups].map(([level, slots]) => [slots, gains.get(level)! ** 2] as [SlotEnergy, number])),
    layout.rate,
  );
  const common = Number.isFinite(mixed) ? dbToGain(target.lufs - mixed) : 1;
  for (const [level, g] of gains) gains.set(level, g * common);
  const over = [...layout.peaks].some(([level, p]) => p * gains.get(level)! > target.ceiling);
  // The limiter lowers loudness where it acts, more for peaky voices: give each group back what it loses.
  if (over) {
    for (const [level, db] of await limiterMakeup(layout, gains, target, signal)) gains.set(level, gains.get(level)! * dbToGain(db));
  }
  return gains;
}

const OFFSETS_DB = [0, 1.5, 3, 4.5, 6];

// Extra pass: each group's loudness after limiting at several make-up gains, interpolated to its unlimited loudness.
async function limiterMakeup(
  layout: Layout,
  gains: Map<string, number>,
  target: MixTarget,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const slots = new Map([...layout.groups.keys()].map((level) => [level, OFFSETS_DB.map(() => new Map() as SlotEnergy)]));
  const filter = new KWeighting(layout.rate);
  for (const unit of layout.units) {
    if (signal?.aborted) throw new AbortError();
    const samples = await loadPlaced(unit);
    const base = gains.get(unit.level)!;
    OFFSETS_DB.forEach((db, k) => {
      filter.reset();
      const limited = limitPeaks(scaled(samples, base * dbToGain(db)), target.ceiling, layout.rate);
      addSlotEnergy(slots.get(unit.level)![k]!, limited, unit.start, layout.rate, filter);
    });
  }
  const offsets = new Map<string, number>();
  for (const [level, perOffset] of slots) {
    const want = integratedLoudness(layout.groups.get(level)!, layout.rate) + 20 * Math.log10(gains.get(level)!);
    const levels = perOffset.map((s) => integratedLoudness(s, layout.rate));
    offsets.set(level, interpolate(levels, want));
  }
  return offsets;
}

// The offset (dB) at which the measured levels reach `want` (levels rise with the offset).
function interpolate(levels: number[], want: number): number {
  if (!Number.isFinite(want) || !(levels[0]! < want)) return 0;
  for (let k = 1; k < OFFSETS_DB.length; k++) {
    if (levels[k]! >= want) {
      const [l0, l1] = [levels[k - 1]!, levels[k]!];
      const [d0, d1] = [OFFSETS_DB[k - 1]!, OFFSETS_DB[k]!];
      return l1 === l0 ? d1 : d0 + ((want - l0) * (d1 - d0)) / (l1 - l0);
    }
  }
  return OFFSETS_DB[OFFSETS_DB.length - 1]!;
}

/** Pass 2: the joined PCM as f32le chunks, one unit at a time, metering what is sent into `meter`. */
export async function* pcmChunks(opts: {
  layout: Layout;
  gains: Map<string, number>;
  target: MixTarget;
  /** Extra silence after the end (e.g. a filter's look-ahead that is trimmed later). */
  padSamples: number;
  meter: { slots: SlotEnergy; peak: number };
}): AsyncGenerator<Buffer> {
  const { layout, meter } = opts;
  const filter = new KWeighting(layout.rate);
  let pos = 0;
  for (const unit of layout.units) {
    if (unit.pause > 0) yield silence(unit.pause);
    const samples = await loadPlaced(unit);
    const out = limitPeaks(scaled(samples, opts.gains.get(unit.level) ?? 1), opts.target.ceiling, layout.rate);
    meter.peak = Math.max(meter.peak, maxAbs(out));
    filter.reset();
    addSlotEnergy(meter.slots, out, unit.start, layout.rate, filter);
    pos = unit.end;
    yield Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }
  yield silence(layout.totalSamples - pos + opts.padSamples);
}

function scaled(samples: Float32Array, gain: number): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! * gain;
  return out;
}

function maxAbs(samples: Float32Array): number {
  let m = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = Math.abs(samples[i]!);
    if (a > m) m = a;
  }
  return m;
}

function silence(samples: number): Buffer {
  return Buffer.alloc(Math.max(0, samples) * 4);
}

/** Decibels to a linear amplitude factor. */
export function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

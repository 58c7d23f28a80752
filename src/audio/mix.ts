// The in-process mix: lay units on a sample timeline, level the voices, limit peaks, stream f32le PCM.
import { AbortError, UserError } from '../errors.js';
import type { AssemblyChapter } from './assemble.js';
import type { ChapterSpan } from './chapters.js';
import { addSlotEnergy, integratedLoudness, KWeighting, mixSlots, type SlotEnergy } from './loudness.js';
import { limitInto } from './limiter.js';
import { PcmStore } from './pcm-store.js';
import type { UnitPrefetch } from './prefetch.js';
import { resampleTo } from './resample.js';
import { readWav, wavDuration } from './wav.js';

/** A unit placed on the timeline (samples at the mix rate). */
export interface PlacedUnit {
  wav: string;
  level: string;
  pause: number;
  start: number;
  end: number;
  /** Largest absolute sample of the unit (before gain). */
  peak: number;
  /** K-weighted energy of the unit alone (filter from rest) per 100 ms slot of the timeline, before gain. */
  slots: SlotEnergy;
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
  /** The units' samples at the mix rate by unit index (kept from pass 1 so later passes neither decode nor resample again). */
  store: { get(index: number): Promise<Float32Array | undefined> };
}

/** Loudness goal of the mix. */
export interface MixTarget {
  lufs: number;
  /** Sample-peak ceiling (linear) of the in-process limiter. */
  ceiling: number;
}

const MAX_GAIN_DB = 30;

async function loadPlaced(layout: Layout, index: number): Promise<Float32Array> {
  const unit = layout.units[index]!;
  const out = await layout.store.get(index);
  if (!out || out.length !== unit.end - unit.start) {
    throw new UserError(`audio of ${unit.wav} changed while the briefing was being assembled`, { hint: 're-run the command' });
  }
  return out;
}

/**
 * The mix rate: the native rate carrying most of the audio (so most units need no resampling), within 8-48 kHz.
 * Lossy encoders take these rates as they are; content above half the rate was never there.
 */
export async function chooseMixRate(wavs: string[], fallback: number): Promise<number> {
  const seconds = new Map<number, number>();
  for (const wav of new Set(wavs)) {
    const d = await wavDuration(wav);
    if (d) seconds.set(d.sampleRate, (seconds.get(d.sampleRate) ?? 0) + d.seconds);
  }
  let best = fallback;
  let most = -1;
  for (const [rate, s] of seconds) {
    if (s > most || (s === most && rate > best)) [best, most] = [rate, s];
  }
  return Math.min(48_000, Math.max(8_000, best));
}

/** Places decoded units on the timeline one after another (pass 1), measuring each; `finish` gives the Layout. */
export class LayoutBuilder {
  private readonly units: PlacedUnit[] = [];
  private readonly spans: ChapterSpan[] = [];
  private readonly groups = new Map<string, SlotEnergy>();
  private readonly peaks = new Map<string, number>();
  private readonly filter: KWeighting;
  private pos = 0;
  private chapter: { title: string; start?: number } | undefined;
  readonly store: PcmStore;

  /** `workDir`: a private temp folder for units that do not fit in memory. */
  constructor(
    readonly rate: number,
    workDir: string,
  ) {
    this.store = new PcmStore(workDir);
    this.filter = new KWeighting(rate);
  }

  /** Open the next chapter (closing the previous one). */
  startChapter(title: string): void {
    this.closeChapter();
    this.chapter = { title };
  }

  /** Place the next unit's samples (at the mix rate) after the previous unit and its own pause. */
  async add(unit: { wav: string; level: string; pauseBeforeMs: number }, samples: Float32Array): Promise<PlacedUnit> {
    const { rate } = this;
    const pause = Math.max(0, Math.round((unit.pauseBeforeMs * rate) / 1000));
    const start = this.pos + pause;
    // A chapter begins inside the pause before its first unit, a little ahead of the speech.
    if (this.chapter && this.chapter.start === undefined) {
      this.chapter.start = this.spans.length === 0 ? 0 : start - Math.min(Math.floor(pause / 2), Math.round(0.3 * rate));
    }
    const placed = measureUnit({ wav: unit.wav, level: unit.level, pause, start, samples, rate, filter: this.filter });
    let group = this.groups.get(unit.level);
    if (!group) this.groups.set(unit.level, (group = new Map()));
    for (const [k, v] of placed.slots) group.set(k, (group.get(k) ?? 0) + v);
    this.peaks.set(unit.level, Math.max(this.peaks.get(unit.level) ?? 0, placed.peak));
    await this.store.put(this.units.length, samples);
    this.units.push(placed);
    this.pos = placed.end;
    return placed;
  }

  /** Timeline samples placed so far. */
  get position(): number {
    return this.pos;
  }

  /** Close the last chapter and add `tailMs` of silence at the end. */
  finish(tailMs: number): Layout {
    this.closeChapter();
    if (this.units.length === 0) throw new UserError('nothing to assemble: the chapters have no units');
    const totalSamples = this.pos + Math.round((tailMs * this.rate) / 1000);
    this.spans[this.spans.length - 1]!.end = totalSamples;
    return { rate: this.rate, units: this.units, chapters: this.spans, totalSamples, groups: this.groups, peaks: this.peaks, store: this.store };
  }

  private closeChapter(): void {
    const chapter = this.chapter;
    if (!chapter) return;
    this.chapter = undefined;
    if (this.spans.length > 0 && chapter.start !== undefined) this.spans[this.spans.length - 1]!.end = chapter.start;
    this.spans.push({ title: chapter.title, start: chapter.start ?? this.pos, end: this.pos });
  }
}

/** A unit's samples measured where they sit on the timeline: K-weighted energy per 100 ms slot and peak. */
export function measureUnit(opts: {
  wav: string;
  level: string;
  pause: number;
  start: number;
  samples: Float32Array;
  rate: number;
  filter?: KWeighting;
}): PlacedUnit {
  const filter = opts.filter ?? new KWeighting(opts.rate);
  const slots: SlotEnergy = new Map();
  filter.reset();
  addSlotEnergy(slots, opts.samples, opts.start, opts.rate, filter);
  const { wav, level, pause, start } = opts;
  return { wav, level, pause, start, end: start + opts.samples.length, peak: maxAbs(opts.samples), slots };
}

/** Pass 1: decode every unit once to learn its exact length and its loudness contribution. */
export async function layoutUnits(opts: {
  chapters: AssemblyChapter[];
  rate: number;
  tailMs: number;
  /** A private temp folder for units that do not fit in memory. */
  workDir: string;
  /** Units decoded ahead of time (e.g. during synthesis). */
  prefetch?: UnitPrefetch;
  signal?: AbortSignal;
}): Promise<Layout> {
  const { rate, signal } = opts;
  const builder = new LayoutBuilder(rate, opts.workDir);
  for (const chapter of opts.chapters) {
    builder.startChapter(chapter.title);
    for (const unit of chapter.units) {
      if (signal?.aborted) throw new AbortError();
      const wav = await unit.wav;
      const samples = await resampleTo((await opts.prefetch?.take(wav)) ?? (await readWav(wav)), rate);
      await builder.add({ wav, level: unit.level, pauseBeforeMs: unit.pauseBeforeMs }, samples);
    }
  }
  return builder.finish(opts.tailMs);
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

const MAX_MAKEUP_DB = 6;

// Extra pass: the make-up gain (dB) per group that brings its limited loudness back to its unlimited loudness. Two
// measurements per group (without make-up, then at about the loss found) and a secant between them: the limited
// loudness is smooth and nearly linear in the make-up over this range.
async function limiterMakeup(
  layout: Layout,
  gains: Map<string, number>,
  target: MixTarget,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const want = new Map([...layout.groups].map(([level, slots]) => [level, integratedLoudness(slots, layout.rate) + 20 * Math.log10(gains.get(level)!)]));
  const offsets = new Map([...layout.groups.keys()].map((level) => [level, 0]));
  const l0 = await limitedLevels(layout, gains, new Map(offsets), target, signal);
  const probe = new Map<string, number>();
  for (const [level, l] of l0) {
    const w = want.get(level)!;
    if (Number.isFinite(w) && Number.isFinite(l) && l < w) probe.set(level, Math.min(MAX_MAKEUP_DB, (w - l) * 1.1 + 0.05));
  }
  if (probe.size === 0) return offsets;
  const l1 = await limitedLevels(layout, gains, probe, target, signal);
  for (const [level, d1] of probe) {
    const [a, b, w] = [l0.get(level)!, l1.get(level)!, want.get(level)!];
    const d = b > a && Number.isFinite(b) ? (d1 * (w - a)) / (b - a) : d1;
    offsets.set(level, Math.min(MAX_MAKEUP_DB, Math.max(0, d)));
  }
  return offsets;
}

// Integrated loudness of each group in `offsets` after its gain, the offset (dB) and the limiter.
async function limitedLevels(
  layout: Layout,
  gains: Map<string, number>,
  offsets: Map<string, number>,
  target: MixTarget,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const slots = new Map([...offsets.keys()].map((level) => [level, new Map() as SlotEnergy]));
  const filter = new KWeighting(layout.rate);
  let scratch = new Float32Array(0);
  for (const [index, unit] of layout.units.entries()) {
    const into = slots.get(unit.level);
    if (!into) continue;
    if (signal?.aborted) throw new AbortError();
    const gain = gains.get(unit.level)! * dbToGain(offsets.get(unit.level)!);
    // A unit the limiter leaves alone keeps its measured energy, scaled: no need to filter it again.
    if (unit.peak * gain <= target.ceiling) {
      addScaled(into, unit.slots, gain * gain);
      continue;
    }
    const samples = await loadPlaced(layout, index);
    if (scratch.length < samples.length) scratch = new Float32Array(samples.length);
    const limited = limitInto(samples, gain, target.ceiling, layout.rate, scratch.subarray(0, samples.length));
    filter.reset();
    addSlotEnergy(into, limited, unit.start, layout.rate, filter);
  }
  return new Map([...slots].map(([level, s]) => [level, integratedLoudness(s, layout.rate)]));
}

/** Pass 2: the joined PCM as f32le chunks, one unit at a time, metering what is sent into `meter`. */
export async function* pcmChunks(opts: {
  layout: Layout;
  gains: Map<string, number>;
  target: MixTarget;
  meter: { slots: SlotEnergy };
}): AsyncGenerator<Buffer> {
  const { layout, meter } = opts;
  const filter = new KWeighting(layout.rate);
  let pos = 0;
  for (const [index, unit] of layout.units.entries()) {
    if (unit.pause > 0) yield silence(unit.pause);
    const samples = await loadPlaced(layout, index);
    const gain = opts.gains.get(unit.level) ?? 1;
    // A fresh array per unit: the chunk stays queued for ffmpeg's stdin after this generator moves on.
    const out = limitInto(samples, gain, opts.target.ceiling, layout.rate, new Float32Array(samples.length));
    meterSent(meter.slots, unit, out, gain, opts.target.ceiling, layout.rate, filter);
    pos = unit.end;
    yield Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }
  yield silence(layout.totalSamples - pos);
}

/** Add the loudness of a unit as sent (`out`: gained and limited) to `into`: its measured energy scaled when the limiter left it alone. */
export function meterSent(into: SlotEnergy, unit: PlacedUnit, out: Float32Array, gain: number, ceiling: number, rate: number, filter: KWeighting): void {
  if (unit.peak * gain <= ceiling) {
    addScaled(into, unit.slots, gain * gain);
  } else {
    filter.reset();
    addSlotEnergy(into, out, unit.start, rate, filter);
  }
}

function addScaled(into: SlotEnergy, from: SlotEnergy, power: number): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v * power);
}

function maxAbs(samples: Float32Array): number {
  let m = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = Math.abs(samples[i]!);
    if (a > m) m = a;
  }
  return m;
}

/** `samples` of silence as f32le bytes. */
export function silence(samples: number): Buffer {
  return Buffer.alloc(Math.max(0, samples) * 4);
}

/** Decibels to a linear amplitude factor. */
export function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

// Pass 1 of the mix: units decoded at the mix rate and laid one after another on a sample timeline, each measured.
import { AbortError, UserError } from '../../errors.js';
import type { AssemblyChapter, ChapterSpan } from '../types.js';
import { addSlotEnergy, KWeighting, type SlotEnergy } from './loudness.js';
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
    const pause = pauseSamples(unit.pauseBeforeMs, rate);
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

/** A pause in milliseconds as samples at `rate` (never negative). */
export function pauseSamples(ms: number, rate: number): number {
  return Math.max(0, Math.round((ms * rate) / 1000));
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

/** The samples of unit `index` as pass 1 kept them. */
export async function storedSamples(layout: Layout, index: number): Promise<Float32Array> {
  const unit = layout.units[index]!;
  const out = await layout.store.get(index);
  if (!out || out.length !== unit.end - unit.start) {
    throw new UserError(`audio of ${unit.wav} changed while the briefing was being assembled`, { hint: 're-run the command' });
  }
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

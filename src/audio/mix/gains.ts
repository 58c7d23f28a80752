// Levelling: each voice's gain (with the limiter's make-up), metering what is sent, silence and dB helpers.
import { AbortError } from '../../errors.js';
import { storedSamples, type Layout, type PlacedUnit } from './layout.js';
import { addSlotEnergy, integratedLoudness, KWeighting, mixSlots, type SlotEnergy } from './loudness.js';
import { limitInto } from './limiter.js';

/** Loudness goal of the mix. */
export interface MixTarget {
  lufs: number;
  /** Sample-peak ceiling (linear) of the in-process limiter. */
  ceiling: number;
}

const MAX_GAIN_DB = 30;

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
    const samples = await storedSamples(layout, index);
    if (scratch.length < samples.length) scratch = new Float32Array(samples.length);
    const limited = limitInto(samples, gain, target.ceiling, layout.rate, scratch.subarray(0, samples.length));
    filter.reset();
    addSlotEnergy(into, limited, unit.start, layout.rate, filter);
  }
  return new Map([...slots].map(([level, s]) => [level, integratedLoudness(s, layout.rate)]));
}

/** Add the loudness of a unit as sent (`out`: gained and limited) to `into`: its measured energy scaled when the limiter left it alone. */
export function meterSent(into: SlotEnergy, sent: { unit: PlacedUnit; out: Float32Array; gain: number }, mix: { ceiling: number; rate: number; filter: KWeighting }): void {
  const { unit, out, gain } = sent;
  if (unit.peak * gain <= mix.ceiling) {
    addScaled(into, unit.slots, gain * gain);
  } else {
    mix.filter.reset();
    addSlotEnergy(into, out, unit.start, mix.rate, mix.filter);
  }
}

function addScaled(into: SlotEnergy, from: SlotEnergy, power: number): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v * power);
}

/** `samples` of silence as f32le bytes. */
export function silence(samples: number): Buffer {
  return Buffer.alloc(Math.max(0, samples) * 4);
}

/** Decibels to a linear amplitude factor. */
export function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

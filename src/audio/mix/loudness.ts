// ITU-R BS.1770-4 loudness: K-weighting, 400 ms blocks on a 100 ms grid, absolute and relative gating.

/** Sum of squared K-weighted samples per 100 ms slot of a timeline (a block is four consecutive slots). */
export type SlotEnergy = Map<number, number>;

/** A K-weighting filter (shelf + high-pass biquads) for one sample rate, with running state. */
export class KWeighting {
  private readonly b: [number[], number[]];
  private readonly a: [number[], number[]];
  private readonly z = [
    [0, 0],
    [0, 0],
  ];

  constructor(rate: number) {
    // Coefficients from the analog prototypes (as libebur128 does), exact at 48 kHz and valid at any rate.
    let K = Math.tan((Math.PI * 1681.974450955533) / rate);
    const Vh = Math.pow(10, 3.999843853973347 / 20);
    const Vb = Math.pow(Vh, 0.4996667741545416);
    let Q = 0.7071752369554196;
    let a0 = 1 + K / Q + K * K;
    const shelfB = [(Vh + (Vb * K) / Q + K * K) / a0, (2 * (K * K - Vh)) / a0, (Vh - (Vb * K) / Q + K * K) / a0];
    const shelfA = [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0];
    K = Math.tan((Math.PI * 38.13547087602444) / rate);
    Q = 0.5003270373238773;
    a0 = 1 + K / Q + K * K;
    const hpA = [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0];
    this.b = [shelfB, [1, -2, 1]];
    this.a = [shelfA, hpA];
  }

  /** Filter `samples` and add the squared output to 100 ms slots (`slotLen` samples), the first sample being timeline sample `start`. */
  energy(samples: Float32Array, start: number, slotLen: number, slots: SlotEnergy): void {
    const [b1, b2] = this.b;
    const [a1, a2] = this.a;
    const [s1, s2] = this.z;
    // Locals for speed: this runs over every sample of the briefing.
    const [p0, p1, p2, pa1, pa2] = [b1[0]!, b1[1]!, b1[2]!, a1[1]!, a1[2]!];
    const [q0, q1, q2, qa1, qa2] = [b2[0]!, b2[1]!, b2[2]!, a2[1]!, a2[2]!];
    let [u0, u1, v0, v1] = [s1[0]!, s1[1]!, s2[0]!, s2[1]!];
    let i = 0;
    while (i < samples.length) {
      const slot = Math.floor((start + i) / slotLen);
      const stop = Math.min(samples.length, Math.ceil((slot + 1) * slotLen - start));
      let acc = 0;
      for (; i < stop; i++) {
        const x = samples[i]!;
        // Transposed direct form II, two stages.
        const y1 = p0 * x + u0;
        u0 = p1 * x - pa1 * y1 + u1;
        u1 = p2 * x - pa2 * y1;
        const y2 = q0 * y1 + v0;
        v0 = q1 * y1 - qa1 * y2 + v1;
        v1 = q2 * y1 - qa2 * y2;
        acc += y2 * y2;
      }
      slots.set(slot, (slots.get(slot) ?? 0) + acc);
    }
    [s1[0], s1[1], s2[0], s2[1]] = [u0, u1, v0, v1];
  }

  /** Clear the filter state (for a new, unrelated signal). */
  reset(): void {
    this.z[0] = [0, 0];
    this.z[1] = [0, 0];
  }
}

/** Add the K-weighted energy of `samples`, which start at timeline sample `start`, to 100 ms slots. */
export function addSlotEnergy(
  slots: SlotEnergy,
  samples: Float32Array,
  start: number,
  rate: number,
  filter: KWeighting = new KWeighting(rate),
): void {
  filter.energy(samples, start, rate / 10, slots);
}

/** Combine per-group slot energies with a linear power gain per group (gain² of the amplitude gain). */
export function mixSlots(groups: Iterable<[SlotEnergy, number]>): SlotEnergy {
  const out: SlotEnergy = new Map();
  for (const [slots, power] of groups) {
    for (const [k, v] of slots) out.set(k, (out.get(k) ?? 0) + v * power);
  }
  return out;
}

/** Gated integrated loudness (LUFS) of slot energies at `rate`; -Infinity when everything is below the absolute gate. */
export function integratedLoudness(slots: SlotEnergy, rate: number): number {
  if (slots.size === 0) return -Infinity;
  // A loop, not Math.min(...keys): spreading some 150,000 slots (4 h) overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const k of slots.keys()) {
    if (k < first) first = k;
    if (k > last) last = k;
  }
  const blockLen = 0.4 * rate;
  const blocks: number[] = [];
  // A block is four consecutive 100 ms slots; a signal shorter than a block still gets one block.
  for (let s = first; s <= Math.max(first, last - 3); s++) {
    let sum = 0;
    for (let j = 0; j < 4; j++) sum += slots.get(s + j) ?? 0;
    blocks.push(sum / blockLen);
  }
  const lufs = (z: number) => -0.691 + 10 * Math.log10(z);
  const aboveAbs = blocks.filter((z) => z > 0 && lufs(z) > -70);
  if (aboveAbs.length === 0) return -Infinity;
  const relGate = lufs(mean(aboveAbs)) - 10;
  const gated = aboveAbs.filter((z) => lufs(z) > relGate);
  return lufs(mean(gated));
}

/** Integrated loudness of one continuous mono signal (convenience for tests and single clips). */
export function measureLoudness(samples: Float32Array, rate: number): number {
  const slots: SlotEnergy = new Map();
  addSlotEnergy(slots, samples, 0, rate);
  return integratedLoudness(slots, rate);
}

function mean(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

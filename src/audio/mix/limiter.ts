// A zero-latency look-ahead peak limiter for one clip held in memory (a unit is one sentence).

// Scratch arrays reused across calls: the limiter runs over every unit several times, so it must not allocate per call.
let need = new Float32Array(0);
let minimum = new Float32Array(0);
let prefix = new Float64Array(0);
let deque = new Int32Array(0);

/** Limit `samples` (already gained) so no sample exceeds `ceiling` (linear); returns a new array. */
export function limitPeaks(samples: Float32Array, ceiling: number, rate: number): Float32Array {
  return limitInto(samples, 1, ceiling, rate, new Float32Array(samples.length));
}

/** Write `samples × gain`, limited to `ceiling`, into `out` (same length; may be `samples` itself); returns `out`. */
export function limitInto(samples: Float32Array, gain: number, ceiling: number, rate: number, out: Float32Array): Float32Array {
  const n = samples.length;
  if (need.length < n) {
    need = new Float32Array(n);
    minimum = new Float32Array(n);
    prefix = new Float64Array(n + 1);
    deque = new Int32Array(n);
  }
  // One pass: gain, and each sample's need (the gain that would bring it to the ceiling).
  let first = -1;
  let overs = 0;
  for (let i = 0; i < n; i++) {
    const y = samples[i]! * gain;
    out[i] = y;
    const a = y < 0 ? -y : y;
    if (a > ceiling) {
      need[i] = ceiling / a;
      if (first < 0) first = i;
      overs++;
    } else need[i] = 1;
  }
  if (first < 0) return out;
  const A = Math.max(1, Math.round(0.004 * rate)); // look-ahead radius
  const H = Math.max(1, Math.floor(A / 2)); // smoothing radius (≤ A keeps the gain under the need at every peak)
  const release = 1 - Math.exp(-1 / (0.06 * rate));
  // Work on [s0, n): up to s0 + H every smoothing window holds only gains of exactly 1.
  const s0 = Math.max(0, first - A - 2 * H);
  // Few samples over the ceiling (the usual case): spread each one's need over its window instead of a full deque pass.
  if (overs * (2 * A + 1) < 4 * (n - s0)) sparseMin(need, s0, n, A, minimum);
  else slidingMin(need, { from: s0, n, r: A }, minimum, deque);
  // Release: recover towards 1 slowly, never above what the window needs (prefix sums for the smoothing below).
  let h = 1;
  prefix[0] = 0;
  for (let i = s0; i < n; i++) {
    const up = h + (1 - h) * release;
    const m = minimum[i]!;
    h = m < up ? m : up;
    prefix[i - s0 + 1] = prefix[i - s0]! + h;
  }
  // Smooth with a moving average of radius H.
  for (let i = s0; i < n; i++) {
    const lo = i - H < s0 ? s0 : i - H;
    const hi = i + H + 1 > n ? n : i + H + 1;
    const g = (prefix[hi - s0]! - prefix[lo - s0]!) / (hi - lo);
    // Float rounding of the average can leave a hair above the ceiling: clamp the last bit.
    const y = out[i]! * g;
    out[i] = y > ceiling ? ceiling : y < -ceiling ? -ceiling : y;
  }
  return out;
}

// Minimum over [i - r, i + r] ∩ [from, n) of x for every i in [from, n), visiting only the entries under 1 (the rest are 1).
function sparseMin(x: Float32Array, from: number, n: number, r: number, out: Float32Array): void {
  out.fill(1, from, n);
  for (let j = from; j < n; j++) {
    const v = x[j]!;
    if (v >= 1) continue;
    const hi = j + r < n - 1 ? j + r : n - 1;
    for (let k = j - r < from ? from : j - r; k <= hi; k++) if (v < out[k]!) out[k] = v;
  }
}

// Minimum over [i - r, i + r] ∩ [from, n) of x for every i in [from, n) (monotonic deque, O(n)).
function slidingMin(x: Float32Array, span: { from: number; n: number; r: number }, out: Float32Array, dq: Int32Array): void {
  const { from, n, r } = span;
  let head = 0;
  let tail = 0;
  let next = from;
  for (let i = from; i < n; i++) {
    const hi = Math.min(n - 1, i + r);
    while (next <= hi) {
      while (tail > head && x[dq[tail - 1]!]! >= x[next]!) tail--;
      dq[tail++] = next++;
    }
    while (dq[head]! < i - r) head++;
    out[i] = x[dq[head]!]!;
  }
}

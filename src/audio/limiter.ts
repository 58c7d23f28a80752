// A zero-latency look-ahead peak limiter for one clip held in memory (a unit is one sentence).

/** Limit `samples` (already gained) so no sample exceeds `ceiling` (linear); returns a new array. */
export function limitPeaks(samples: Float32Array, ceiling: number, rate: number): Float32Array {
  const n = samples.length;
  const out = new Float32Array(n);
  let over = false;
  for (let i = 0; i < n; i++) if (Math.abs(samples[i]!) > ceiling) over = true;
  if (!over) {
    out.set(samples);
    return out;
  }
  const A = Math.max(1, Math.round(0.004 * rate)); // look-ahead radius
  const H = Math.max(1, Math.floor(A / 2)); // smoothing radius (≤ A keeps the gain under the need at every peak)
  const release = 1 - Math.exp(-1 / (0.06 * rate));
  const need = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(samples[i]!);
    need[i] = a > ceiling ? ceiling / a : 1;
  }
  const m = slidingMin(need, A);
  // Release: recover towards 1 slowly, never above what the window needs.
  let h = 1;
  for (let i = 0; i < n; i++) {
    h = Math.min(m[i]!, h + (1 - h) * release);
    m[i] = h;
  }
  // Smooth with a moving average of radius H (prefix sums).
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + m[i]!;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - H);
    const hi = Math.min(n, i + H + 1);
    const g = (prefix[hi]! - prefix[lo]!) / (hi - lo);
    // Float rounding of the average can leave a hair above the ceiling: clamp the last bit.
    const y = samples[i]! * g;
    out[i] = y > ceiling ? ceiling : y < -ceiling ? -ceiling : y;
  }
  return out;
}

// Minimum over [i - r, i + r] for every i (monotonic deque, O(n)).
function slidingMin(x: Float32Array, r: number): Float32Array {
  const n = x.length;
  const out = new Float32Array(n);
  const dq = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const hi = Math.min(n - 1, i + r);
    while (next <= hi) {
      while (tail > head && x[dq[tail - 1]!]! >= x[next]!) tail--;
      dq[tail++] = next++;
    }
    while (dq[head]! < i - r) head++;
    out[i] = x[dq[head]!]!;
  }
  return out;
}

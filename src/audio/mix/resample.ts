// Converts mono float audio to the internal sample rate with libsamplerate (WebAssembly).
import type libsamplerate from '@alexanderolsen/libsamplerate-js';
import type { MonoAudio } from './wav.js';

type Src = Awaited<ReturnType<(typeof libsamplerate)['create']>>;
// One converter per (input rate, output rate): the mix rate differs between briefings.
const converters = new Map<string, Promise<Src>>();

/** Resample mono audio to `rate`; the output length is round(n * rate / inputRate). */
export async function resampleTo(audio: MonoAudio, rate: number): Promise<Float32Array> {
  if (audio.sampleRate === rate) return audio.samples;
  if (audio.samples.length === 0) return new Float32Array(0);
  const key = `${audio.sampleRate}:${rate}`;
  let src = converters.get(key);
  if (!src) {
    // Loaded on first use: most briefings need no resampling. The package is CommonJS (webpack UMD): named ESM
    // imports fail at run time, so take the default export.
    const from = audio.sampleRate;
    src = import('@alexanderolsen/libsamplerate-js').then(({ default: { create, ConverterType } }) =>
      create(1, from, rate, { converterType: ConverterType.SRC_SINC_FASTEST }),
    );
    converters.set(key, src);
  }
  const out = (await src).simple(audio.samples);
  // libsamplerate may return a frame more or less than the exact ratio: fix the length so timings are predictable.
  const want = Math.round((audio.samples.length * rate) / audio.sampleRate);
  if (out.length === want) return out;
  const fixed = new Float32Array(want);
  fixed.set(out.subarray(0, Math.min(want, out.length)));
  return fixed;
}

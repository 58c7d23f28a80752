// Converts mono float audio to the internal sample rate with libsamplerate (WebAssembly).
import libsamplerate from '@alexanderolsen/libsamplerate-js';

// The package is CommonJS (webpack UMD): named ESM imports fail at run time, so take the default export.
const { create, ConverterType } = libsamplerate;
import type { MonoAudio } from './wav.js';

type Src = Awaited<ReturnType<typeof create>>;
const converters = new Map<number, Promise<Src>>();

/** Resample mono audio to `rate`; the output length is round(n * rate / inputRate). */
export async function resampleTo(audio: MonoAudio, rate: number): Promise<Float32Array> {
  if (audio.sampleRate === rate) return audio.samples;
  if (audio.samples.length === 0) return new Float32Array(0);
  let src = converters.get(audio.sampleRate);
  if (!src) {
    src = create(1, audio.sampleRate, rate, { converterType: ConverterType.SRC_SINC_FASTEST });
    converters.set(audio.sampleRate, src);
  }
  const out = (await src).simple(audio.samples);
  // libsamplerate may return a frame more or less than the exact ratio: fix the length so timings are predictable.
  const want = Math.round((audio.samples.length * rate) / audio.sampleRate);
  if (out.length === want) return out;
  const fixed = new Float32Array(want);
  fixed.set(out.subarray(0, Math.min(want, out.length)));
  return fixed;
}

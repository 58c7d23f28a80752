// The pieces that keep the mix fast: gain fused into the limiter, its sparse path, the PCM store, the WAV header scan.
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitInto, limitPeaks } from '../../src/audio/mix/limiter.js';
import type { AssemblyChapter } from '../../src/audio/assemble.js';
import { chooseMixRate } from '../../src/audio/mix/layout.js';
import { streamMixRate } from '../../src/audio/mix/arrivals.js';
import { PcmStore } from '../../src/audio/mix/pcm-store.js';
import { wavDuration } from '../../src/audio/mix/wav.js';
import { AbortError } from '../../src/errors.js';

// Speech-like test signal: a wobbling tone with a few sharp spikes.
function signal(n: number, spikes: number[]): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = 0.4 * Math.sin(i / 7) * (0.6 + 0.4 * Math.sin(i / 900));
  for (const at of spikes) x[at] = at % 2 ? -0.95 : 0.97;
  return x;
}

function pcm16Wav(rate: number, frames: number, channels = 1): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + frames * 2 * channels, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2 * channels, 28);
  h.writeUInt16LE(2 * channels, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(frames * 2 * channels, 40);
  return Buffer.concat([h, Buffer.alloc(frames * 2 * channels)]);
}

describe('limitInto', () => {
  it('equals limitPeaks of the gained signal, with few spikes (sparse path) and with many (deque path)', () => {
    const rate = 16000;
    for (const spikes of [[3000, 9001], Array.from({ length: 400 }, (_, k) => 40 * k + 1)]) {
      const x = signal(rate, spikes);
      for (const gain of [1, 1.6, 2.5]) {
        const gained = x.map((v) => v * gain);
        const want = limitPeaks(gained, 0.7, rate);
        const got = limitInto(x, gain, 0.7, rate, new Float32Array(x.length));
        let worst = 0;
        for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
        expect(worst).toBeLessThan(1e-6);
        expect(Math.max(...got.map(Math.abs))).toBeLessThanOrEqual(Math.fround(0.7));
      }
    }
  });

  it('before the first peak (minus look-ahead) the samples are exactly the gained input', () => {
    const rate = 16000;
    const x = signal(rate, [8000]);
    // Only the spike at 8000 goes over (the tone peaks at 0.4 × 1.5 = 0.6).
    const y = limitInto(x, 1.5, 0.75, rate, new Float32Array(x.length));
    for (let i = 0; i < 7800; i++) expect(y[i]).toBe(Math.fround(x[i]! * 1.5));
    expect(y[8000]).toBeLessThanOrEqual(Math.fround(0.75));
  });
});

describe('PcmStore', () => {
  it('keeps units in memory up to its budget and the rest in files, returning the same samples', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-store-'));
    const store = new PcmStore(dir, 4000 * 4);
    const units = [signal(3000, []), signal(2500, [100]), signal(1999, [7])];
    for (const [i, u] of units.entries()) await store.put(i, u);
    expect((await readdir(dir)).sort()).toEqual(['unit-1.f32', 'unit-2.f32']);
    for (const [i, u] of units.entries()) expect([...(await store.get(i))!]).toEqual([...u]);
    expect(await store.get(9)).toBeUndefined();
  });
});

describe('mix rate', () => {
  it('reads rate and length from WAV headers, and picks the rate carrying the most seconds', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-rate-'));
    const f = (name: string) => path.join(dir, name);
    await writeFile(f('a.wav'), pcm16Wav(16000, 32000));
    await writeFile(f('b.wav'), pcm16Wav(22050, 22050));
    await writeFile(f('c.wav'), pcm16Wav(22050, 22050, 2));
    await writeFile(f('junk.wav'), 'not a wav');
    expect(await wavDuration(f('a.wav'))).toEqual({ sampleRate: 16000, seconds: 2 });
    expect(await wavDuration(f('c.wav'))).toEqual({ sampleRate: 22050, seconds: 1 });
    expect(await wavDuration(f('junk.wav'))).toBeUndefined();
    expect(await wavDuration(f('missing.wav'))).toBeUndefined();
    // 2 s at 16 kHz against 1 s at 22.05 kHz (the same file twice counts once).
    expect(await chooseMixRate([f('a.wav'), f('b.wav'), f('b.wav'), f('junk.wav')], 24000)).toBe(16000);
    // 2 s each: a tie goes to the higher rate.
    expect(await chooseMixRate([f('a.wav'), f('b.wav'), f('c.wav'), f('c.wav')], 24000)).toBe(22050);
    await writeFile(f('d.wav'), pcm16Wav(22050, 44100));
    expect(await chooseMixRate([f('a.wav'), f('b.wav'), f('d.wav')], 24000)).toBe(22050);
    expect(await chooseMixRate([f('junk.wav')], 24000)).toBe(24000);
  });

  it('while units are still arriving: the rate of the first unit of the voice expected to speak longest, once it arrives', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-rate-'));
    const f = (name: string) => path.join(dir, name);
    await writeFile(f('quote.wav'), pcm16Wav(22050, 22050));
    await writeFile(f('narrator.wav'), pcm16Wav(16000, 16000));
    let arrived = false;
    const late = new Promise<string>((resolve) => setTimeout(() => ((arrived = true), resolve(f('narrator.wav'))), 100));
    const chapters: AssemblyChapter[] = [
      {
        title: 'One',
        units: [
          { wav: f('quote.wav'), level: 'quote', pauseBeforeMs: 0, estimatedSeconds: 3 },
          { wav: late, level: 'narrator', pauseBeforeMs: 0, estimatedSeconds: 5 },
          { wav: new Promise<string>(() => undefined), level: 'narrator', pauseBeforeMs: 0, estimatedSeconds: 5 },
          { wav: f('quote.wav'), level: 'quote', pauseBeforeMs: 0, estimatedSeconds: 4 },
        ],
      },
    ];
    expect(await streamMixRate(chapters, 24000)).toBe(16000);
    expect(arrived).toBe(true);
    const controller = new AbortController();
    controller.abort();
    await expect(streamMixRate([{ title: 'x', units: [{ wav: new Promise<string>(() => undefined), level: 'n', pauseBeforeMs: 0 }] }], 24000, controller.signal)).rejects.toBeInstanceOf(AbortError);
  });
});

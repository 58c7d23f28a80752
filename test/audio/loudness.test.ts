// loudness.ts against ffmpeg's ebur128 filter, the independent reference.
import { beforeAll, describe, expect, it } from 'vitest';
import { measureLoudness } from '../../src/audio/mix/loudness.js';
import { readWav } from '../../src/audio/mix/wav.js';
import { convertWav, ebur128Wav, espeak, flite, needEngines, tempDir } from './helpers.js';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';

const have = needEngines(['espeak-ng', 'flite', 'ffmpeg']);

describe.skipIf(!have)('BS.1770 integrated loudness vs ffmpeg ebur128', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('loud');
  });

  // `offset`: readWav averages channels to mono; BS.1770 sums channel powers (+3.01 dB for two identical channels).
  async function compare(file: string, offset = 0): Promise<void> {
    const audio = await readWav(file);
    const ours = measureLoudness(audio.samples, audio.sampleRate) + offset;
    const reference = await ebur128Wav(file);
    // ffmpeg prints one decimal.
    expect(Math.abs(ours - reference)).toBeLessThanOrEqual(0.15);
  }

  it('espeak-ng speech at 22050 Hz, loud and quiet', async () => {
    await compare(await espeak(path.join(dir, 'e.wav'), 'The council met on Tuesday to discuss the budget. Nobody agreed.'));
    await compare(await espeak(path.join(dir, 'q.wav'), 'A much quieter voice reads the same sentence again.', 15));
  });

  it('flite speech at 16 kHz and 8 kHz, and resampled to 48 kHz stereo float', async () => {
    const slt = await flite(path.join(dir, 's.wav'), 'Officials in Zurich said the talks would resume next week.');
    await compare(slt);
    await compare(await flite(path.join(dir, 'k.wav'), 'Rain is expected in the afternoon.', 'kal'));
    await compare(await convertWav(slt, path.join(dir, 's48.wav'), ['-ar', '48000', '-ac', '1', '-c:a', 'pcm_f32le']));
    await compare(await convertWav(slt, path.join(dir, 's48s.wav'), ['-ar', '48000', '-ac', '2', '-c:a', 'pcm_f32le']), 10 * Math.log10(2));
  });

  it('a tone burst with gated silence (relative gate matters)', async () => {
    const rate = 48000;
    const n = rate * 6;
    const data = Buffer.alloc(n * 2);
    for (let i = 0; i < n; i++) {
      const t = i / rate;
      const amp = t < 2 ? 0.5 : t < 4 ? 0.0 : 0.02; // loud, silent, very quiet
      data.writeInt16LE(Math.round(amp * 32767 * Math.sin(2 * Math.PI * 997 * t)), i * 2);
    }
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'latin1');
    header.writeUInt32LE(36 + data.length, 4);
    header.write('WAVEfmt ', 8, 'latin1');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(1, 22);
    header.writeUInt32LE(rate, 24);
    header.writeUInt32LE(rate * 2, 28);
    header.writeUInt16LE(2, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'latin1');
    header.writeUInt32LE(data.length, 40);
    const file = path.join(dir, 'tone.wav');
    await writeFile(file, Buffer.concat([header, data]));
    await compare(file);
  });
});

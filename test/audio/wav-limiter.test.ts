import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { limitPeaks } from '../../src/audio/mix/limiter.js';
import { decodeWav } from '../../src/audio/mix/wav.js';

// Build a WAV in memory: format tag, channels, rate, bits and already-encoded sample bytes.
function wav(opts: { format: number; channels: number; rate: number; bits: number; data: Buffer; extensible?: boolean }): Buffer {
  const fmtSize = opts.extensible ? 40 : 16;
  const fmt = Buffer.alloc(fmtSize);
  fmt.writeUInt16LE(opts.extensible ? 0xfffe : opts.format, 0);
  fmt.writeUInt16LE(opts.channels, 2);
  fmt.writeUInt32LE(opts.rate, 4);
  fmt.writeUInt32LE((opts.rate * opts.channels * opts.bits) / 8, 8);
  fmt.writeUInt16LE((opts.channels * opts.bits) / 8, 12);
  fmt.writeUInt16LE(opts.bits, 14);
  if (opts.extensible) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(opts.bits, 18);
    fmt.writeUInt16LE(opts.format, 24); // SubFormat GUID starts with the format tag
  }
  const chunk = (id: string, body: Buffer) => {
    const h = Buffer.alloc(8);
    h.write(id, 0, 'latin1');
    h.writeUInt32LE(body.length, 4);
    return Buffer.concat([h, body, body.length & 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.concat([Buffer.from('WAVE'), chunk('fmt ', fmt), chunk('LIST', Buffer.from('INFOjunk!')), chunk('data', opts.data)]);
  const riff = Buffer.alloc(8);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

describe('decodeWav', () => {
  it('reads 16-bit mono PCM', () => {
    const data = Buffer.alloc(6);
    [16384, -32768, 0].forEach((v, i) => data.writeInt16LE(v, i * 2));
    const a = decodeWav(wav({ format: 1, channels: 1, rate: 16000, bits: 16, data }));
    expect(a.sampleRate).toBe(16000);
    expect([...a.samples]).toEqual([0.5, -1, 0]);
  });

  it('mixes stereo float to mono, also in WAVE_FORMAT_EXTENSIBLE, skipping odd-sized chunks', () => {
    const data = Buffer.alloc(16);
    [0.5, 0.25, -1, 1].forEach((v, i) => data.writeFloatLE(v, i * 4));
    for (const extensible of [false, true]) {
      const a = decodeWav(wav({ format: 3, channels: 2, rate: 48000, bits: 32, data, extensible }));
      expect([...a.samples]).toEqual([0.375, 0]);
    }
  });

  it('reads 24-bit extensible PCM', () => {
    const data = Buffer.alloc(6);
    data.writeIntLE(4194304, 0, 3);
    data.writeIntLE(-8388608, 3, 3);
    expect([...decodeWav(wav({ format: 1, channels: 1, rate: 44100, bits: 24, data, extensible: true })).samples]).toEqual([0.5, -1]);
  });

  it('rejects garbage and unsupported encodings with a UserError naming the file', () => {
    expect(() => decodeWav(Buffer.from('not a wav at all'), 'unit-3.wav')).toThrow(/unit-3\.wav is not a usable WAV file/);
    expect(() => decodeWav(wav({ format: 2, channels: 1, rate: 8000, bits: 4, data: Buffer.alloc(4) }))).toThrow(UserError);
  });
});

describe('limitPeaks', () => {
  it('keeps every sample under the ceiling and leaves quiet audio untouched', () => {
    const rate = 24000;
    const x = new Float32Array(rate);
    for (let i = 0; i < x.length; i++) x[i] = 0.3 * Math.sin(i / 5) + (i === 1000 ? 1.8 : 0);
    const y = limitPeaks(x, 0.8, rate);
    expect(Math.max(...y.map(Math.abs))).toBeLessThanOrEqual(Math.fround(0.8));
    // Before the look-ahead reaches the spike, and long after its release, the signal is unchanged.
    expect(y[500]).toBeCloseTo(x[500]!, 6);
    expect(y[20000]).toBeCloseTo(x[20000]!, 3);
    expect(Math.abs(y[1000]!)).toBeGreaterThan(0.7);
    const quiet = x.map((v) => v * 0.1);
    expect([...limitPeaks(quiet, 0.8, rate)]).toEqual([...quiet]);
  });
});

// Reads a WAV file (PCM 8/16/24/32-bit, float 32/64, WAVE_FORMAT_EXTENSIBLE) into mono float samples.
import { open, readFile } from 'node:fs/promises';
import { UserError } from '../../errors.js';

/** Decoded audio: mono float samples at `sampleRate`. */
export interface MonoAudio {
  sampleRate: number;
  samples: Float32Array;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Read a WAV file and mix it down to mono float; throws UserError for a missing or malformed file. */
export async function readWav(file: string): Promise<MonoAudio> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (error) {
    throw new UserError(`cannot read audio file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      hint: 'the synthesized unit is missing; re-run to synthesize it again',
      cause: error,
    });
  }
  return decodeWav(buf, file);
}

/** Sample rate and length in seconds of a WAV file from its header (reads the start only); undefined if unreadable. */
export async function wavDuration(file: string): Promise<{ sampleRate: number; seconds: number } | undefined> {
  try {
    const fh = await open(file, 'r');
    try {
      const { size } = await fh.stat();
      const head = Buffer.alloc(Math.min(size, 65_536));
      await fh.read(head, 0, head.length, 0);
      let fmt: { rate: number; frameBytes: number } | undefined;
      for (let offset = 12; offset + 8 <= head.length; ) {
        const id = head.toString('latin1', offset, offset + 4);
        const chunk = head.readUInt32LE(offset + 4);
        if (id === 'fmt ' && offset + 24 <= head.length) {
          const channels = head.readUInt16LE(offset + 10);
          fmt = { rate: head.readUInt32LE(offset + 12), frameBytes: (channels * head.readUInt16LE(offset + 22)) / 8 };
        } else if (id === 'data') {
          if (!fmt || !(fmt.rate > 0) || !(fmt.frameBytes > 0)) return undefined;
          const data = chunk === 0 || offset + 8 + chunk > size ? size - offset - 8 : chunk;
          return { sampleRate: fmt.rate, seconds: data / fmt.frameBytes / fmt.rate };
        }
        offset += 8 + chunk + (chunk & 1);
      }
      return undefined;
    } finally {
      await fh.close();
    }
  } catch {
    return undefined;
  }
}

/** Decode WAV bytes (exported for tests); `name` is only used in error messages. */
export function decodeWav(buf: Buffer, name = 'WAV data'): MonoAudio {
  const bad = (why: string) =>
    new UserError(`${name} is not a usable WAV file: ${why}`, { hint: 'delete it (or the cache) and re-run to synthesize it again' });
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WAVE') {
    throw bad('no RIFF/WAVE header');
  }
  let fmt: { format: number; channels: number; rate: number; bits: number } | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('latin1', offset, offset + 4);
    let size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > buf.length) throw bad('short fmt chunk');
      let format = buf.readUInt16LE(body);
      if (format === EXTENSIBLE && size >= 26) format = buf.readUInt16LE(body + 24); // first bytes of the SubFormat GUID
      fmt = { format, channels: buf.readUInt16LE(body + 2), rate: buf.readUInt32LE(body + 4), bits: buf.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!fmt) throw bad('data chunk before fmt chunk');
      // Streaming writers (espeak-ng to a pipe) leave 0 or 0xFFFFFFFF as the size: take the rest of the file.
      if (size === 0 || body + size > buf.length) size = buf.length - body;
      return { sampleRate: fmt.rate, samples: toMono(buf.subarray(body, body + size), fmt, bad) };
    }
    offset = body + size + (size & 1);
  }
  throw bad(fmt ? 'no data chunk' : 'no fmt chunk');
}

function toMono(
  data: Buffer,
  fmt: { format: number; channels: number; rate: number; bits: number },
  bad: (why: string) => Error,
): Float32Array {
  const { format, channels, bits, rate } = fmt;
  if (channels < 1 || rate < 1000 || rate > 384000) throw bad(`${channels} channels at ${rate} Hz`);
  const bytes = bits / 8;
  const fast = fastMono(format, bits, channels, data);
  if (fast) return fast;
  const read = sampleReader(format, bits, data);
  if (!read) throw bad(`unsupported sample format ${format} with ${bits} bits`);
  const frames = Math.floor(data.length / (bytes * channels));
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read((i * channels + c) * bytes);
    out[i] = sum / channels;
  }
  return out;
}

// Typed-array paths for what engines write (mono 16-bit PCM or 32-bit float): no per-sample calls.
function fastMono(format: number, bits: number, channels: number, data: Buffer): Float32Array | undefined {
  if (!LITTLE_ENDIAN || channels !== 1 || !((format === PCM && bits === 16) || (format === FLOAT && bits === 32))) return undefined;
  const frames = Math.floor(data.length / (bits / 8));
  if (format === FLOAT) return new Float32Array(new Uint8Array(data.subarray(0, frames * 4)).buffer);
  // A typed view needs an aligned offset; copy the bytes when the data chunk starts unaligned.
  const aligned: Uint8Array = (data.byteOffset & 1) === 0 ? data : new Uint8Array(data);
  const ints = new Int16Array(aligned.buffer, aligned.byteOffset, frames);
  const out = new Float32Array(frames);
  for (let i = 0; i < frames; i++) out[i] = ints[i]! / 32768;
  return out;
}

function sampleReader(format: number, bits: number, d: Buffer): ((at: number) => number) | undefined {
  if (format === PCM) {
    if (bits === 8) return (at) => (d[at]! - 128) / 128;
    if (bits === 16) return (at) => d.readInt16LE(at) / 32768;
    if (bits === 24) return (at) => d.readIntLE(at, 3) / 8388608;
    if (bits === 32) return (at) => d.readInt32LE(at) / 2147483648;
  }
  if (format === FLOAT) {
    if (bits === 32) return (at) => d.readFloatLE(at);
    if (bits === 64) return (at) => d.readDoubleLE(at);
  }
  return undefined;
}

// Podcast artwork: read PNG/JPEG dimensions in-process, check Apple's rules, and draw a plain default cover.
import { open, readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { UserError } from '../errors.js';

export interface ImageInfo {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** Apple's artwork rule: square, 1400 to 3000 pixels. */
const COVER_MIN = 1400;
const COVER_MAX = 3000;

/** Type and size of a PNG or JPEG file, or null for anything else. */
export async function imageInfo(file: string): Promise<ImageInfo | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const buf = head.subarray(0, bytesRead);
    if (buf.length >= 24 && buf.readUInt32BE(0) === 0x89504e47 && buf.toString('latin1', 12, 16) === 'IHDR') {
      return { type: 'png', width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    }
    if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xd8) {
      return jpegSize(bytesRead < head.length ? buf : await readFile(file));
    }
    return null;
  } finally {
    await handle.close();
  }
}

function jpegSize(buf: Buffer): ImageInfo | null {
  let i = 2;
  while (i + 9 < buf.length) {
    if (buf[i] !== 0xff) return null;
    const marker = buf[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = buf.readUInt16BE(i + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpeg', height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/** Check podcast artwork (format and size) or throw a UserError saying what is wrong. */
export async function checkCover(file: string, what = 'cover image'): Promise<ImageInfo> {
  let info: ImageInfo | null;
  try {
    info = await imageInfo(file);
  } catch (error) {
    throw new UserError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      hint: 'give the path of a PNG or JPEG file',
    });
  }
  if (!info) throw new UserError(`${what} ${file} is not a PNG or JPEG image`, { hint: 'podcast players need PNG or JPEG artwork' });
  if (info.width !== info.height || info.width < COVER_MIN || info.width > COVER_MAX) {
    throw new UserError(`${what} ${file} is ${info.width}×${info.height} pixels`, {
      hint: `podcast artwork must be square, ${COVER_MIN} to ${COVER_MAX} pixels on a side`,
    });
  }
  return info;
}

/** A plain square PNG cover (dark background, a row of level bars), encoded in-process. */
export function defaultCoverPng(size = COVER_MIN): Buffer {
  const rowBytes = size * 3 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  const bars = 15;
  const barWidth = Math.floor((size * 0.6) / (bars * 2 - 1));
  const left = Math.floor((size - barWidth * (bars * 2 - 1)) / 2);
  const heights = Array.from({ length: bars }, (_, b) => Math.round(size * (0.12 + 0.33 * Math.abs(Math.sin(b * 1.7 + 0.6)))));
  for (let y = 0; y < size; y++) {
    const row = y * rowBytes;
    raw[row] = 0;
    const shade = Math.round(18 + (22 * y) / size);
    for (let x = 0; x < size; x++) {
      const o = row + 1 + x * 3;
      raw[o] = shade;
      raw[o + 1] = shade + 8;
      raw[o + 2] = shade + 30;
      const bar = Math.floor((x - left) / barWidth);
      if (x >= left && bar % 2 === 0 && bar / 2 < bars) {
        const h = heights[bar / 2]!;
        if (Math.abs(y - size / 2) < h / 2) {
          raw[o] = 245;
          raw[o + 1] = 166;
          raw[o + 2] = 35;
        }
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

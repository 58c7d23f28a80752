// A multipart/byteranges body (RFC 9110 §14.6) for a request with several ranges, streamed from the file.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ByteRange } from './http-range.js';

/** The parts' framing and the exact body length of a multipart/byteranges answer. */
export interface MultipartPlan {
  contentType: string;
  length: number;
  heads: string[];
  tail: string;
}

/** Plan the multipart answer for these ranges of a file of `size` bytes and media type `type`. */
export function multipartPlan(ranges: readonly ByteRange[], type: string, size: number, boundary = randomBytes(12).toString('hex')): MultipartPlan {
  const heads = ranges.map((r, i) => `${i ? '\r\n' : ''}--${boundary}\r\nContent-Type: ${type}\r\nContent-Range: bytes ${r.start}-${r.end}/${size}\r\n\r\n`);
  const tail = `\r\n--${boundary}--\r\n`;
  const length = heads.reduce((n, h) => n + Buffer.byteLength(h), 0) + ranges.reduce((n, r) => n + r.end - r.start + 1, 0) + Buffer.byteLength(tail);
  return { contentType: `multipart/byteranges; boundary=${boundary}`, length, heads, tail };
}

/** The body: each part's head and bytes, then the closing boundary (one file stream open at a time, closed when stopped). */
export async function* multipartBody(file: string, ranges: readonly ByteRange[], plan: MultipartPlan): AsyncGenerator<Buffer> {
  for (const [i, r] of ranges.entries()) {
    yield Buffer.from(plan.heads[i]!);
    for await (const chunk of createReadStream(file, { start: r.start, end: r.end })) yield chunk as Buffer;
  }
  yield Buffer.from(plan.tail);
}

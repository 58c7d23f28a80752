// The FFMETADATA1 document ffmpeg reads tags and chapters from (https://ffmpeg.org/ffmpeg-formats.html#Metadata-2).
import type { AudioMetadata, ChapterSpan } from '../types.js';

/** Escape a value for FFMETADATA: `=`, `;`, `#`, `\` and newlines get a backslash. */
export function escapeMetadata(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[=;#\\\n]/g, (c) => `\\${c}`);
}

/** Global tags as ffmpeg metadata keys (date becomes `date`; empty values are left out). */
export function globalTags(meta: AudioMetadata): Array<[string, string]> {
  const pairs: Array<[string, string | undefined]> = [
    ['title', meta.title],
    ['artist', meta.artist],
    ['album_artist', meta.artist],
    ['album', meta.album],
    ['date', meta.date],
    ['comment', meta.comment],
    ['genre', meta.genre],
  ];
  return pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].trim() !== '');
}

/** An FFMETADATA1 document: the tags, `extraTags`, and a [CHAPTER] section per chapter unless `chapters` is empty. */
export function ffmetadata(opts: { meta: AudioMetadata; chapters: readonly ChapterSpan[]; sampleRate: number; extraTags?: Array<[string, string]> }): string {
  const lines = [';FFMETADATA1'];
  for (const [k, v] of [...globalTags(opts.meta), ...(opts.extraTags ?? [])]) lines.push(`${k}=${escapeMetadata(v)}`);
  for (const c of opts.chapters) {
    lines.push('[CHAPTER]', `TIMEBASE=1/${opts.sampleRate}`, `START=${c.start}`, `END=${c.end}`, `title=${escapeMetadata(c.title)}`);
  }
  return `${lines.join('\n')}\n`;
}

// Chapter and tag metadata: the FFMETADATA file for ffmpeg, Ogg CHAPTERxxx comments and the ID3v2.3 tag for MP3.
import type NodeID3 from 'node-id3';
import type { AudioMetadata } from './types.js';

/** A chapter on the sample timeline. */
export interface ChapterSpan {
  title: string;
  start: number;
  end: number;
}

/** Escape a value for FFMETADATA: `=`, `;`, `#`, `\` and newlines get a backslash (https://ffmpeg.org/ffmpeg-formats.html#Metadata-2). */
export function escapeMetadata(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[=;#\\\n]/g, (c) => `\\${c}`);
}

/** Global tags as ffmpeg metadata keys (date becomes `date`; empty values are left out). */
function globalTags(meta: AudioMetadata): Array<[string, string]> {
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

/**
 * Build an FFMETADATA1 document. With `chapterSections` false the chapters are left out (Ogg gets
 * `extraTags` with its own CHAPTERxxx comments instead, because ffmpeg rounds those wrongly).
 */
export function ffmetadata(opts: {
  meta: AudioMetadata;
  chapters: ChapterSpan[];
  sampleRate: number;
  chapterSections?: boolean;
  extraTags?: Array<[string, string]>;
}): string {
  const lines = [';FFMETADATA1'];
  for (const [k, v] of [...globalTags(opts.meta), ...(opts.extraTags ?? [])]) lines.push(`${k}=${escapeMetadata(v)}`);
  if (opts.chapterSections !== false) {
    for (const c of opts.chapters) {
      lines.push('[CHAPTER]', `TIMEBASE=1/${opts.sampleRate}`, `START=${c.start}`, `END=${c.end}`, `title=${escapeMetadata(c.title)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Format seconds as HH:MM:SS.mmm, correctly rounded to the millisecond. */
export function vorbisTime(samples: number, rate: number): string {
  const ms = Math.round((samples * 1000) / rate);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Vorbis comment chapters (https://wiki.xiph.org/Chapter_Extension): CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=title. */
export function vorbisChapterTags(chapters: ChapterSpan[], rate: number): Array<[string, string]> {
  return chapters.flatMap((c, i): Array<[string, string]> => {
    const id = `CHAPTER${String(i + 1).padStart(3, '0')}`;
    return [
      [id, vorbisTime(c.start, rate)],
      [`${id}NAME`, c.title],
    ];
  });
}

/** ID3v2.3 tags for node-id3: text frames, CHAP per chapter, one ordered top-level CTOC, APIC when a cover is given. */
export function id3Tags(opts: {
  meta: AudioMetadata;
  chapters: ChapterSpan[];
  sampleRate: number;
  cover?: { mime: string; data: Buffer };
}): NodeID3.Tags {
  const ms = (samples: number) => Math.round((samples * 1000) / opts.sampleRate);
  const { meta } = opts;
  const tags: NodeID3.Tags = {
    title: meta.title,
    ...(meta.artist ? { artist: meta.artist, performerInfo: meta.artist } : {}),
    ...(meta.album ? { album: meta.album } : {}),
    ...(meta.date ? { year: meta.date.slice(0, 4) } : {}),
    ...(meta.genre ? { genre: meta.genre } : {}),
    ...(meta.comment ? { comment: { language: 'eng', text: meta.comment } } : {}),
    chapter: opts.chapters.map((c, i) => ({
      elementID: `chp${i}`,
      startTimeMs: ms(c.start),
      endTimeMs: ms(c.end),
      tags: { title: c.title },
    })),
    tableOfContents: [{ elementID: 'toc', isOrdered: true, elements: opts.chapters.map((_, i) => `chp${i}`) }],
  };
  if (opts.cover) {
    tags.image = { mime: opts.cover.mime, type: { id: 3 }, description: 'cover', imageBuffer: opts.cover.data };
  }
  return tags;
}

/** The Vorbis-comment cover (METADATA_BLOCK_PICTURE): a FLAC picture block, base64, front cover, size fields left 0. */
export function vorbisPictureTag(cover: { mime: string; data: Buffer }): [string, string] {
  const mime = Buffer.from(cover.mime, 'latin1');
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const block = Buffer.concat([u32(3), u32(mime.length), mime, u32(0), u32(0), u32(0), u32(0), u32(0), u32(cover.data.length), cover.data]);
  return ['METADATA_BLOCK_PICTURE', block.toString('base64')];
}

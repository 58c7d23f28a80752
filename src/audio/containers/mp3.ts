// MP3: LAME without ffmpeg's tag; our own ID3v2.3 tag in front (node-id3): CHAP per chapter, one ordered top-level CTOC
// (which Apple Podcasts and Overcast need, and ffmpeg writes only from 4.2), cover as APIC. Streamed, never whole in memory.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import NodeID3 from 'node-id3';
import type { AudioMetadata, ChapterSpan } from '../types.js';
import type { Container } from './types.js';

/** The MP3 backend. */
export const mp3Container: Container = {
  formats: ['mp3'],
  peakCeilingDb: -2.5,
  verifyLoudness: false,
  audioExtension: 'mp3',
  encodeOptions: (rate) => ['-ar', String(rate), '-ac', '1', '-b:a', '64k', '-c:a', 'libmp3lame', '-id3v2_version', '0', '-write_xing', '1', '-f', 'mp3'],
  async finish(r) {
    const tag = NodeID3.create(id3Tags({ meta: r.meta, chapters: r.chapters, sampleRate: r.rate, cover: r.cover }));
    async function* body() {
      yield tag;
      for await (const chunk of createReadStream(r.audioFile)) yield chunk as Buffer;
    }
    await pipeline(body, createWriteStream(r.dest, { flags: 'wx' }), r.signal ? { signal: r.signal } : {});
  },
};

/** ID3v2.3 tags for node-id3: text frames, CHAP per chapter, one ordered top-level CTOC, APIC when a cover is given. */
export function id3Tags(opts: { meta: AudioMetadata; chapters: readonly ChapterSpan[]; sampleRate: number; cover?: { mime: string; data: Buffer } }): NodeID3.Tags {
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

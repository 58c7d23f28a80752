// Ogg Opus (.opus, .ogg): chapters as Vorbis CHAPTERxxx comments written by us (ffmpeg rounds their seconds wrongly),
// tags and cover (a METADATA_BLOCK_PICTURE comment) added by a copy-only remux.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../process/run.js';
import type { ChapterSpan } from '../types.js';
import type { Container } from './types.js';
import { ffmetadata } from './ffmetadata.js';

/** The Ogg Opus backend. */
export const oggContainer: Container = {
  formats: ['opus', 'ogg'],
  peakCeilingDb: -3,
  // Opus overshoots true peak the most: the result is decoded once and measured.
  verifyLoudness: true,
  audioExtension: 'ogg',
  // Opus works at 48 kHz inside; fed 24 kHz it overshoots true peak far more (measured -0.4 vs -2.1 dBTP at 48 kb/s),
  // and at 32 kb/s it overshoots by up to 3 dB on amplified TTS transients (48k stays near 1 dB).
  encodeOptions: () => ['-ar', '48000', '-ac', '1', '-b:a', '48k', '-c:a', 'libopus', '-f', 'ogg'],
  async finish(r) {
    // ffmpeg before 5 cuts FFMETADATA lines at 4 KiB, which breaks the base64 picture tag: Ogg gets no cover there.
    const picture = r.cover && r.ffmpeg.major >= 5 ? [vorbisPictureTag(r.cover)] : [];
    const metadata = path.join(r.workDir, 'metadata.txt');
    await writeFile(metadata, ffmetadata({ meta: r.meta, chapters: [], sampleRate: r.rate, extraTags: [...vorbisChapterTags(r.chapters, r.rate), ...picture] }));
    const args = ['-hide_banner', '-nostdin', '-v', 'error', '-i', r.audioFile, '-f', 'ffmetadata', '-i', metadata];
    args.push('-map', '0:a', '-c:a', 'copy', '-map_metadata', '1', '-map_chapters', '-1', '-f', 'ogg', '-y', r.dest);
    await run(r.ffmpeg.ffmpeg, args, { signal: r.signal });
  },
};

/** Format samples as HH:MM:SS.mmm, correctly rounded to the millisecond. */
export function vorbisTime(samples: number, rate: number): string {
  const ms = Math.round((samples * 1000) / rate);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Vorbis comment chapters (https://wiki.xiph.org/Chapter_Extension): CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=title. */
export function vorbisChapterTags(chapters: readonly ChapterSpan[], rate: number): Array<[string, string]> {
  return chapters.flatMap((c, i): Array<[string, string]> => {
    const id = `CHAPTER${String(i + 1).padStart(3, '0')}`;
    return [
      [id, vorbisTime(c.start, rate)],
      [`${id}NAME`, c.title],
    ];
  });
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

// Writing an episode's sidecar files (chapters JSON, transcript, show notes, artwork) and its stored timings.
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Timings } from '../audio/types.js';
import type { TimingsFile } from '../plan/timings-file.js';
import { copyFileAtomic, writeFileAtomic } from '../util/atomic-write.js';
import { chaptersJson } from './chapters-json.js';
import type { EpisodeContent } from './episode-content.js';
import type { EpisodeRecord } from './records.js';
import { showNotes, showNotesPage } from './show-notes.js';
import { webVtt } from './transcript.js';

/** File names of an episode with base name `base`. */
export function episodeFileNames(base: string, format: 'm4a' | 'mp3', cover?: { type: 'png' | 'jpeg' }): EpisodeRecord['files'] {
  return {
    audio: `${base}.${format}`,
    chapters: `${base}.chapters.json`,
    transcript: `${base}.vtt`,
    notes: `${base}.html`,
    ...(cover ? { image: `${base}.cover.${cover.type === 'png' ? 'png' : 'jpg'}` } : {}),
  };
}

/** Where the exact timings of a build are kept (relative to the folder), named after its audio file. */
export function timingsStoreName(audio: string): string {
  return `.briefcast/timings/${audio.replace(/\.[^.]+$/, '')}.json`;
}

/** Write every sidecar atomically; returns the show notes for the record. */
export async function writeSidecars(opts: {
  dir: string;
  title: string;
  files: EpisodeRecord['files'];
  content: EpisodeContent;
  cover?: string;
}): Promise<{ summary: string; html: string }> {
  const { dir, files, content } = opts;
  const notes = showNotes(content);
  await writeFileAtomic(path.join(dir, files.chapters), `${JSON.stringify(chaptersJson(content), null, 2)}\n`);
  await writeFileAtomic(path.join(dir, files.transcript), webVtt(content.timings));
  await writeFileAtomic(path.join(dir, files.notes), showNotesPage(opts.title, notes));
  if (opts.cover && files.image) await copyFileAtomic(opts.cover, path.join(dir, files.image));
  const stored = path.join(dir, timingsStoreName(files.audio));
  await mkdir(path.dirname(stored), { recursive: true });
  await writeFileAtomic(stored, `${JSON.stringify(content.timings)}\n`);
  return notes;
}

/** The stored timings of an episode, or null when missing or unreadable. */
export async function readStoredTimings(dir: string, audio: string): Promise<TimingsFile | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, timingsStoreName(audio)), 'utf8')) as TimingsFile;
  } catch {
    return null;
  }
}

/** Back from the --timings document to the assembler's Timings. */
export function toTimings(file: TimingsFile): Timings {
  return {
    sampleRate: file.sampleRate,
    totalSamples: file.totalSamples,
    chapters: file.chapters.map((c) => ({ title: c.title, start: c.start, end: c.end })),
    units: file.segments.map((s) => ({ start: s.start, end: s.end })),
  };
}

/** True when every file of the record is present. */
export async function filesPresent(dir: string, record: EpisodeRecord): Promise<boolean> {
  for (const name of Object.values(record.files)) {
    try {
      if (!(await stat(path.join(dir, name))).isFile()) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Remove files of the folder by name (missing ones are fine). */
export async function removeFiles(dir: string, names: Iterable<string>): Promise<void> {
  for (const name of names) await rm(path.join(dir, name), { force: true });
}

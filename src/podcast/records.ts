// Episode records of a podcast folder (<dir>/.briefcast/episodes.json): the truth the feed is generated from.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { parseWith } from '../util/validation.js';
import { stateDir } from '../util/state-dir.js';


/** A plain file name in the folder: no path separators, not hidden. */
const fileName = z
  .string()
  .regex(/^[^/\\\0]+$/, 'must be a plain file name')
  .refine((n) => !n.startsWith('.'), 'must be a plain file name');

/** One published episode. */
const episodeRecordSchema = z.object({
  /** Stable identity: a hash of the episode's normalized sources. */
  id: z.string().min(1),
  /** Set on first publish, never changed. */
  guid: z.string().min(1),
  /** ISO time of first publish, never changed. */
  pubDate: z.string(),
  /** ISO time of the latest build. */
  updated: z.string(),
  sources: z.array(z.string()).min(1),
  title: z.string(),
  /** The plan's language (the feed's, unless podcast.json sets one). */
  language: z.string().optional(),
  /** Hash of the plan and render settings of the latest build. */
  buildKey: z.string(),
  format: z.enum(['m4a', 'mp3']),
  /** File names inside the folder. */
  // Plain names inside the folder: a hand-edited record must never make --keep delete anything outside it.
  files: z.object({
    audio: fileName,
    chapters: fileName,
    transcript: fileName,
    notes: fileName,
    image: fileName.optional(),
  }),
  bytes: z.number().int().min(0),
  durationSeconds: z.number().min(0),
  /** Plain-text summary. */
  summary: z.string(),
  /** Show notes as HTML (the item description). */
  notes: z.string(),
});

export type EpisodeRecord = z.infer<typeof episodeRecordSchema>;

/** The whole .briefcast/episodes.json document. */
const recordsFileSchema = z.object({
  version: z.literal(1),
  /** Settings remembered from the last command line that gave them. */
  settings: z.object({ baseUrl: z.string().optional(), public: z.boolean().optional() }).default({}),
  episodes: z.array(episodeRecordSchema),
});

export type RecordsFile = z.infer<typeof recordsFileSchema>;


/** Path of the episode records. */
export function recordsPath(dir: string): string {
  return path.join(stateDir(dir), 'episodes.json');
}

/** Read the records; an empty list when the folder has none yet. */
export async function readRecords(dir: string): Promise<RecordsFile> {
  const file = recordsPath(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, settings: {}, episodes: [] };
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${file} is not valid JSON`, { hint: 'restore it from a backup or remove it to start the podcast afresh' });
  }
  return parseWith(recordsFileSchema, data, file);
}

/** True when the folder already holds briefcast episode records. */
export async function isPodcastFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(recordsPath(dir))).isFile();
  } catch {
    return false;
  }
}

/** Write the records atomically, newest episode first. */
export async function writeRecords(dir: string, records: RecordsFile): Promise<void> {
  await mkdir(stateDir(dir), { recursive: true });
  const sorted = { ...records, episodes: [...records.episodes].sort(byNewest) };
  await writeFileAtomic(recordsPath(dir), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Sort order of episodes: newest publication first. */
export function byNewest(a: EpisodeRecord, b: EpisodeRecord): number {
  return b.pubDate.localeCompare(a.pubDate) || a.id.localeCompare(b.id);
}

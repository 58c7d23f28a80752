// publishBriefing: Plan → an episode of a podcast folder. Under the folder lock: build or not, render, sidecars, records,
// feed, and the speakers' voices remembered once the episode is in place.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Timings } from '../audio/types.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/schema.js';
import { withIntroOutro } from '../plan/intro.js';
import { voicesToRemember } from '../plan/cast-plan.js';
import { rememberVoices } from '../cast/memory.js';
import { withFolderLock } from '../podcast/lock.js';
import { renderBriefing, type RenderOptions } from './render-briefing.js';
import { spellsAcronyms } from './registry-voices.js';
import { timingsFile } from '../plan/timings-file.js';
import { ensureWritableDir, pathExists } from '../util/fs-checks.js';
import { slugify } from '../util/slug.js';
import { loadPodcastConfig, type PodcastConfig } from '../podcast/config.js';
import { episodeFileNames, filesPresent, readStoredTimings, removeFiles, timingsStoreName, toTimings, writeSidecars } from '../podcast/episode-files.js';
import { channelImage, syncFeed } from '../podcast/folder-feed.js';
import { buildKeyFor, episodeId, planSources, sha256 } from '../podcast/identity.js';
import { checkCover, type ImageInfo } from '../podcast/image.js';
import { withKeyedMutex } from '../util/keyed-mutex.js';
import { byNewest, isPodcastFolder, readRecords, writeRecords, type EpisodeRecord, type RecordsFile } from '../podcast/records.js';
import { localDate } from '../podcast/time-format.js';
import { checkBaseUrl } from '../podcast/base-url.js';

/** Where and how to publish; the plan is given without intro or outro (they are dated by the episode's first publication). */
export interface PublishOptions extends Omit<RenderOptions, 'output' | 'metadata'> {
  /** The podcast folder. */
  dir: string;
  /** Episode audio format (default m4a). */
  format?: 'm4a' | 'mp3';
  intro?: boolean;
  outro?: boolean;
  baseUrl?: string;
  public?: boolean;
  /** Keep only the newest N episodes. */
  keep?: number;
  /** "Now" for the first publication (tests). */
  now?: Date;
}

/** The outcome of a publish: built or unchanged, with the episode record. */
export interface PublishResult {
  status: 'built' | 'unchanged';
  record: EpisodeRecord;
  /** The final plan (with intro/outro). */
  plan: Plan;
  timings: Timings;
  /** Absolute path of the episode audio. */
  audio: string;
}

const reserved = new Set<string>();

/** Publish one briefing as an episode of the folder, holding the folder lock (shared with a batch of this process). */
export async function publishBriefing(plan: Plan, options: PublishOptions): Promise<PublishResult> {
  const result = await withFolderLock(options.dir, () => publishLocked(plan, options));
  // The speakers' voices are remembered only once the episode is in place.
  if (result.status === 'built') await rememberVoices(options.dir, voicesToRemember(result.plan));
  return result;
}

async function publishLocked(briefing: Plan, options: PublishOptions): Promise<PublishResult> {
  const dir = path.resolve(options.dir);
  const format = options.format ?? 'm4a';
  if (options.baseUrl) checkBaseUrl(options.baseUrl);
  await ensureWritableDir(dir, { create: true });
  const config = await loadPodcastConfig(dir);
  await channelImage(dir, config, { create: false });
  const coverInfo = options.cover ? await checkCover(options.cover, '--cover') : undefined;
  if (!(await isPodcastFolder(dir)) && (await pathExists(path.join(dir, 'feed.xml')))) {
    throw new UserError(`${dir} has a feed.xml that briefcast did not make`, { hint: 'publish into an empty folder or an existing briefcast podcast folder' });
  }
  const sources = planSources(briefing);
  const id = episodeId(sources);
  const now = options.now ?? new Date();
  const existing = (await withKeyedMutex(dir, () => readRecords(dir))).episodes.find((e) => e.id === id);
  const date = existing ? new Date(existing.pubDate) : now;
  const spellAcronyms = await spellsAcronyms(briefing.chapters[0]?.segments[0]?.voice ?? '');
  const { plan, briefingChapters } = withIntroOutro(briefing, { intro: options.intro, outro: options.outro, date, spellAcronyms });
  const buildKey = buildKeyFor(plan, {
    format,
    chime: options.chime ? await hashFile(options.chime, 'chime') : null,
    cover: options.cover ? await hashFile(options.cover, '--cover') : null,
  });
  if (existing && existing.buildKey === buildKey && (await filesPresent(dir, existing))) {
    const stored = await readStoredTimings(dir, existing.files.audio);
    if (stored) {
      await finalize(dir, config, options, { done: false }, (records) => records);
      return { status: 'unchanged', record: existing, plan, timings: toTimings(stored), audio: path.join(dir, existing.files.audio) };
    }
  }
  // Choosing and reserving a name is one step under the mutex: concurrent jobs may share a title and a day.
  const base = await withKeyedMutex(dir, async () => {
    const chosen = await chooseBase(dir, { existing, id, buildKey, title: plan.title, date });
    reserved.add(path.join(dir, chosen));
    return chosen;
  });
  const files = episodeFileNames(base, format, coverInfo as ImageInfo | undefined);
  const audio = path.join(dir, files.audio);
  const committed = { done: false };
  try {
    const { dir: _dir, format: _format, intro: _intro, outro: _outro, baseUrl: _baseUrl, public: _public, keep: _keep, now: _now, ...render } = options;
    const timings = await renderBriefing(plan, { ...render, output: audio });
    const content = { plan, timings: timingsFile(plan, timings), briefingChapters };
    const notes = await writeSidecars({ dir, title: plan.title, files, content, cover: options.cover });
    const bytes = (await stat(audio)).size;
    let record!: EpisodeRecord;
    await finalize(dir, config, options, committed, (records) => {
      const current = records.episodes.find((e) => e.id === id);
      record = {
        id,
        guid: current?.guid ?? existing?.guid ?? randomUUID(),
        pubDate: current?.pubDate ?? existing?.pubDate ?? now.toISOString(),
        updated: new Date().toISOString(),
        sources,
        title: plan.title,
        language: plan.language,
        buildKey,
        format,
        files,
        bytes,
        durationSeconds: content.timings.durationSeconds,
        summary: notes.summary,
        notes: notes.html,
      };
      return { ...records, episodes: [...records.episodes.filter((e) => e.id !== id), record] };
    });
    return { status: 'built', record, plan, timings, audio };
  } catch (error) {
    // Files of a build that never reached the records are removed again (unless the record still names them).
    if (committed.done) throw error;
    const kept = existing ? new Set(Object.values(existing.files)) : new Set<string>();
    const fresh = Object.values(files).filter((f) => !kept.has(f));
    if (!kept.has(files.audio)) fresh.push(timingsStoreName(files.audio));
    await removeFiles(dir, fresh).catch(() => undefined);
    throw error;
  } finally {
    reserved.delete(path.join(dir, base));
  }
}

/** Under the folder mutex: update the records, prune to --keep, regenerate the feed, then delete files no record names. */
async function finalize(
  dir: string,
  config: PodcastConfig,
  options: PublishOptions,
  committed: { done: boolean },
  update: (r: RecordsFile) => RecordsFile,
): Promise<void> {
  return withKeyedMutex(dir, async () => {
    const before = await readRecords(dir);
    let after = update(before);
    if (options.baseUrl) after = { ...after, settings: { ...after.settings, baseUrl: options.baseUrl } };
    if (options.public) after = { ...after, settings: { ...after.settings, public: true } };
    const keep = options.keep ?? config.keep;
    if (keep) {
      const newest = [...after.episodes].sort(byNewest).slice(0, keep);
      after = { ...after, episodes: newest };
    }
    if (JSON.stringify(after) !== JSON.stringify(before) || !(await isPodcastFolder(dir))) await writeRecords(dir, after);
    committed.done = true;
    await syncFeed(dir, config, after, { baseUrl: options.baseUrl, public: options.public });
    const names = (e: EpisodeRecord) => [...Object.values(e.files), timingsStoreName(e.files.audio)];
    const live = new Set(after.episodes.flatMap(names));
    await removeFiles(dir, before.episodes.flatMap(names).filter((f) => !live.has(f)));
  });
}

async function chooseBase(dir: string, o: { existing?: EpisodeRecord; id: string; buildKey: string; title: string; date: Date }): Promise<string> {
  const plain = `${localDate(o.date)}-${slugify(o.title)}`;
  const candidates = o.existing ? [`${plain}-${o.buildKey.slice(0, 8)}`, `${plain}-${o.id.slice(0, 6)}-${o.buildKey.slice(0, 8)}`] : [plain, `${plain}-${o.id.slice(0, 6)}`];
  const records = await readRecords(dir);
  const taken = new Set(records.episodes.filter((e) => e.id !== o.id).map((e) => e.files.audio.replace(/\.[^.]+$/, '')));
  // A file no record names is left over from a run killed before it recorded the episode: it may be replaced.
  for (const base of candidates) if (!taken.has(base) && !reserved.has(path.join(dir, base))) return base;
  return `${plain}-${o.id.slice(0, 6)}-${o.buildKey.slice(0, 12)}`;
}

async function hashFile(file: string, what: string): Promise<string> {
  try {
    return sha256(await readFile(file));
  } catch (error) {
    throw new UserError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { hint: 'check the path' });
  }
}

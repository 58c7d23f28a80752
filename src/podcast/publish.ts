// Publishing a briefing into a podcast folder: decide build or not, render, write sidecars, update records and feed.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AudioMetadata, Timings } from '../audio/assemble.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/schema.js';
import { timingsFile } from '../pipeline/timings.js';
import { ensureWritableDir, pathExists } from '../util/fs-checks.js';
import { slugify } from '../util/slug.js';
import { loadPodcastConfig, type PodcastConfig } from './config.js';
import { episodeFileNames, filesPresent, readStoredTimings, removeFiles, timingsStoreName, toTimings, writeSidecars } from './episode-files.js';
import { channelImage } from './channel.js';
import { episodeTags } from './episode-tags.js';
import { withChannelGuid } from './feed-guid.js';
import { relativeUrlsWarning, syncFolder } from './folder-sync.js';
import { buildKeyFor, episodeId, planSources, sha256 } from './identity.js';
import { checkCover, type ImageInfo } from './image.js';
import { withIntroOutro } from './intro.js';
import { withKeyedMutex } from '../util/keyed-mutex.js';
import { byNewest, isPodcastFolder, readRecords, writeRecords, type EpisodeRecord, type RecordsFile } from './records.js';
import { localDate } from './time-format.js';
import { checkBaseUrl } from './base-url.js';

/** What publishEpisode needs: the plan, settings, and a renderer for the final plan. */
export interface PublishOptions {
  dir: string;
  /** The briefing's plan, without intro or outro. */
  plan: Plan;
  format: 'm4a' | 'mp3';
  intro?: boolean;
  outro?: boolean;
  /** Sound file between chapters (hashed into the build key; render() plays it). */
  chime?: string;
  /** Episode artwork: square PNG/JPEG, 1400–3000 px. */
  cover?: string;
  baseUrl?: string;
  public?: boolean;
  /** Keep only the newest N episodes. */
  keep?: number;
  /** Make the audio of the final plan at `output` (temp file + rename), tagged with `metadata`. */
  render: (plan: Plan, output: string, metadata: Partial<AudioMetadata>) => Promise<Timings>;
  /** Told once per publish when the folder's feed has relative URLs (no base URL known). */
  onWarning?: (warning: { message: string; hint: string }) => void;
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

/** Publish one episode into the folder (no lock taken: the caller holds the folder lock). */
export async function publishEpisode(options: PublishOptions): Promise<PublishResult> {
  const dir = path.resolve(options.dir);
  if (options.baseUrl) checkBaseUrl(options.baseUrl);
  await ensureWritableDir(dir, { create: true });
  const config = await loadPodcastConfig(dir);
  await channelImage(dir, config, { create: false });
  const coverInfo = options.cover ? await checkCover(options.cover, '--cover') : undefined;
  if (!(await isPodcastFolder(dir)) && (await pathExists(path.join(dir, 'feed.xml')))) {
    throw new UserError(`${dir} has a feed.xml that briefcast did not make`, { hint: 'publish into an empty folder or an existing briefcast podcast folder' });
  }
  const sources = planSources(options.plan);
  const id = episodeId(sources);
  const now = options.now ?? new Date();
  const existing = (await withKeyedMutex(dir, () => readRecords(dir))).episodes.find((e) => e.id === id);
  const date = existing ? new Date(existing.pubDate) : now;
  const { plan, briefingChapters } = withIntroOutro(options.plan, { intro: options.intro, outro: options.outro, date });
  const buildKey = buildKeyFor(plan, {
    format: options.format,
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
  const files = episodeFileNames(base, options.format, coverInfo as ImageInfo | undefined);
  const audio = path.join(dir, files.audio);
  const committed = { done: false };
  try {
    const timings = await options.render(plan, audio, episodeTags(config, plan));
    const content = { plan, timings: timingsFile(plan, timings), briefingChapters };
    const notes = await writeSidecars({ dir, files, content, cover: options.cover });
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
        format: options.format,
        files,
        bytes,
        durationSeconds: content.timings.durationSeconds,
        ...notes,
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
    const baseUrl = options.baseUrl ?? config.baseUrl ?? after.settings.baseUrl;
    after = withChannelGuid(after, baseUrl);
    const keep = options.keep ?? config.keep;
    if (keep) {
      const newest = [...after.episodes].sort(byNewest).slice(0, keep);
      after = { ...after, episodes: newest };
    }
    if (JSON.stringify(after) !== JSON.stringify(before) || !(await isPodcastFolder(dir))) await writeRecords(dir, after);
    committed.done = true;
    await syncFolder(dir, config, after, { baseUrl: options.baseUrl, public: options.public });
    if (!baseUrl) options.onWarning?.(relativeUrlsWarning(options.dir));
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

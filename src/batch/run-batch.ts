// runBatch: expand the sources, take the folder lock, make one episode per article (or one digest).
import path from 'node:path';
import { BriefcastError, isAbort } from '../errors.js';
import type { Article } from '../ingest/article.js';
import { loadSource } from '../ingest/index.js';
import type { ProgressEvent } from '../briefing/progress.js';
import { withFolderLock } from '../podcast/lock.js';
import { defaultJobs } from '../briefing/render-briefing.js';
import type { BatchJob, JobExecutor, JobOutcome, JobSettings } from './job.js';
import { localPool } from './local-pool.js';
import { runJob, describeError } from './run-job.js';
import { expandSources, type ResolvedSource, type SourceFailure } from './sources.js';
import { removeStaleTemps } from './stale-temp.js';
import { stateDir } from '../util/state-dir.js';

export interface BatchOptions extends Omit<JobSettings, 'outDir'> {
  /** Files, folders, list files, article URLs and feed URLs. */
  sources: readonly string[];
  outDir: string;
  /** One episode of every article instead of one per article. */
  digest?: boolean;
  /** The digest's title (default: "Briefing for <weekday, month day>"). */
  title?: string;
  /** Items taken from each feed, newest first (default 10). */
  limit?: number;
  /** Synthesis workers in total across the articles made at once (default: cores). */
  jobs?: number;
  /** Where jobs run (default: the in-process pool). */
  executor?: JobExecutor;
  signal?: AbortSignal;
  onEvent?: (event: BatchEvent) => void;
}

/** What a batch reports as it goes; the CLI draws it. */
export type BatchEvent =
  | { type: 'sources'; jobs: BatchJob[]; failures: SourceFailure[] }
  | { type: 'start'; job: BatchJob }
  | { type: 'progress'; job: BatchJob; event: ProgressEvent }
  | { type: 'end'; outcome: JobOutcome };

export interface BatchResult {
  /** One per job and per source that failed before becoming a job, in order. */
  outcomes: JobOutcome[];
  failed: JobOutcome[];
  wallSeconds: number;
}

/** A batch in which some articles failed (exit 4); the others were made. */
export class BatchFailedError extends BriefcastError {
  override readonly exitStatus: number = 4;
}

/** Run a batch under the folder lock; failures of single articles are outcomes, not exceptions. */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  return withFolderLock(options.outDir, async () => {
    // Under the lock no other batch writes here; temp files of killed runs are litter.
    await removeStaleTemps([options.outDir, stateDir(options.outDir)]);
    const { sources: _sources, digest, title, limit, jobs: _jobs, executor: _executor, signal: _signal, onEvent: _onEvent, ...rest } = options;
    // A digest opens with the intro naming its stories unless told otherwise.
    const settings: JobSettings = { ...rest, intro: options.intro ?? Boolean(digest) };
    const expanded = await expandSources(options.sources, {
      limit: limit ?? 10,
      exclude: [path.resolve(options.outDir)],
      signal: options.signal,
    });
    const failures = [...expanded.failures];
    let jobs: BatchJob[];
    if (digest) {
      const loaded = await loadable(expanded.sources, failures, { signal: options.signal, language: options.language });
      const sources = loaded.map(([source]) => source);
      // The articles travel with the job: make plans from them instead of loading each a second time.
      const articles = Object.fromEntries(loaded);
      jobs = loaded.length ? [{ id: 'digest', sources, articles, title: title ?? digestTitle(new Date()), settings }] : [];
    } else {
      // A page URL's body, read once while telling feeds from pages, travels with its job.
      jobs = expanded.sources.map((s) => ({ id: s.source, sources: [s.source], ...(s.page ? { pages: { [s.source]: s.page } } : {}), settings }));
    }
    options.onEvent?.({ type: 'sources', jobs, failures });
    const early: JobOutcome[] = failures.map((f) => ({ id: f.source, sources: [f.source], status: 'failed', wallSeconds: 0, error: f.error, hint: f.hint }));
    for (const outcome of early) options.onEvent?.({ type: 'end', outcome });
    // In this thread: worker threads were measured no faster on 2 cores and cost ~180 MB more.
    const executor = options.executor ?? localPool({ workers: options.jobs ?? defaultJobs() });
    const made = await executor.runAll(jobs, runJob, {
      signal: options.signal,
      onStart: (job) => options.onEvent?.({ type: 'start', job }),
      onProgress: (job, event) => options.onEvent?.({ type: 'progress', job, event }),
      onEnd: (outcome) => options.onEvent?.({ type: 'end', outcome }),
    });
    const outcomes = [...early, ...made];
    return { outcomes, failed: outcomes.filter((o) => o.status === 'failed'), wallSeconds: (performance.now() - started) / 1000 };
  });
}

/** The sources a digest can use with their articles: each is loaded up front so one bad article does not sink the digest. */
async function loadable(sources: readonly ResolvedSource[], failures: SourceFailure[], options: { signal?: AbortSignal; language?: string }): Promise<[string, Article][]> {
  const ok: [string, Article][] = [];
  for (const { source, page } of sources) {
    try {
      ok.push([source, await loadSource(source, { signal: options.signal, language: options.language ?? 'en', fetch: { prefetched: page } })]);
    } catch (error) {
      if (isAbort(error)) throw error;
      failures.push({ source, ...describeError(error) });
    }
  }
  return ok;
}

/** The default digest title, e.g. "Briefing for Wednesday, November 25". */
function digestTitle(date: Date): string {
  return `Briefing for ${date.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' })}`;
}

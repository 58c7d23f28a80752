// The job interface: one article (or one digest) = one job, plain data a queue could carry to another machine.
import type { Article } from '../ingest/article.js';
import type { PrefetchedPage } from '../ingest/fetch-page.js';
import type { PlanBriefingOptions } from '../briefing/plan-briefing.js';
import type { PublishOptions } from '../briefing/publish-briefing.js';
import type { ProgressEvent } from '../briefing/progress.js';

/** Settings every job of a batch shares: planning and publishing options besides the sources, as plain JSON. */
export type JobSettings = Pick<PlanBriefingOptions, 'engine' | 'voice' | 'rate' | 'language' | 'maxWords' | 'castFile' | 'quoteVoices'> &
  Pick<PublishOptions, 'cacheDir' | 'cover' | 'format' | 'intro' | 'outro' | 'chime' | 'baseUrl' | 'public' | 'keep'> & {
  /** The podcast folder the episode is published into. */
  outDir: string;
  lexicons?: string[];
};

/** One unit of batch work: plain JSON, so a queue on a distributed engine could carry it. */
export interface BatchJob {
  /** Stable id: the source for one article, "digest" for a digest. */
  id: string;
  /** The article sources (one, or several for a digest). */
  sources: string[];
  /** Episode title (digests). */
  title?: string;
  /** Page URLs' bodies as the batch already read them, by source: parsed, not fetched again. */
  pages?: Record<string, PrefetchedPage>;
  /** Articles the batch already loaded (a digest checks each up front), by source: used as they are. */
  articles?: Record<string, Article>;
  settings: JobSettings;
}

export type JobStatus = 'built' | 'unchanged' | 'failed';

/** What happened to one job; failures are data, not exceptions. */
export interface JobOutcome {
  id: string;
  sources: string[];
  status: JobStatus;
  /** The episode's audio file (built or unchanged). */
  output?: string;
  /** Seconds of audio in the episode. */
  audioSeconds?: number;
  wallSeconds: number;
  /** One line saying what went wrong (failed jobs). */
  error?: string;
  /** The error's hint, when it has one. */
  hint?: string;
}

/** What a job runner is given besides the job: cancellation, its share of synthesis workers, progress. */
export interface JobContext {
  signal?: AbortSignal;
  /** Synthesis workers this job may use at once. */
  jobs: number;
  onProgress?: (event: ProgressEvent) => void;
}

/** Runs one job to an outcome; must not reject for the job's own failure (only for an abort). */
export type JobRunner = (job: BatchJob, context: JobContext) => Promise<JobOutcome>;

/** Hooks an executor calls as jobs start, progress and finish. */
export interface ExecutorHooks {
  signal?: AbortSignal;
  onStart?: (job: BatchJob) => void;
  onProgress?: (job: BatchJob, event: ProgressEvent) => void;
  onEnd?: (outcome: JobOutcome) => void;
}

/**
 * Where jobs run. The in-process pool (local-pool.ts) is one implementation; a queue on an
 * existing distributed engine (BullMQ, Temporal, a Kubernetes Job per article…) can be another:
 * it ships each BatchJob as JSON to workers that call runJob (run-job.ts) against shared storage.
 */
export interface JobExecutor {
  /** Run every job; resolves with one outcome per job, in job order. */
  runAll(jobs: readonly BatchJob[], runner: JobRunner, hooks?: ExecutorHooks): Promise<JobOutcome[]>;
}

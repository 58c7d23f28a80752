// The in-process job executor: a few jobs at once, sharing one budget of synthesis workers.
import { AbortError } from '../errors.js';
import type { BatchJob, ExecutorHooks, JobExecutor, JobOutcome, JobRunner } from './job.js';

export interface PoolPlan {
  /** Jobs running at once. */
  concurrency: number;
  /** Synthesis workers each job gets. */
  perJob: number;
}

/**
 * How to share `workers` synthesis workers: two or more jobs at once so one article's synthesis
 * overlaps another's encoding (ffmpeg), each with an equal share, never more than `workers` in total.
 */
export function planPool(workers: number, jobCount: number): PoolPlan {
  const total = Math.max(1, Math.floor(workers));
  const concurrency = Math.max(1, Math.min(jobCount, total, Math.max(2, Math.ceil(total / 2))));
  return { concurrency, perJob: Math.max(1, Math.floor(total / concurrency)) };
}

/** An executor that runs jobs in this process with at most `workers` synthesis workers in total. */
export function localPool(options: { workers: number }): JobExecutor {
  return {
    async runAll(jobs: readonly BatchJob[], runner: JobRunner, hooks: ExecutorHooks = {}): Promise<JobOutcome[]> {
      const { concurrency, perJob } = planPool(options.workers, jobs.length);
      const outcomes: JobOutcome[] = new Array(jobs.length);
      let next = 0;
      const lane = async () => {
        while (next < jobs.length && !hooks.signal?.aborted) {
          const index = next++;
          const job = jobs[index]!;
          hooks.onStart?.(job);
          const outcome = await runner(job, {
            jobs: perJob,
            signal: hooks.signal,
            onProgress: (event) => hooks.onProgress?.(job, event),
          });
          outcomes[index] = outcome;
          hooks.onEnd?.(outcome);
        }
      };
      // allSettled: an abort in one lane must still wait for the others to clean up.
      const results = await Promise.allSettled(Array.from({ length: concurrency }, lane));
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected) throw rejected.reason;
      if (hooks.signal?.aborted) throw new AbortError();
      return outcomes;
    },
  };
}

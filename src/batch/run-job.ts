// Runs one batch job (plan, then publish into the folder) and turns its result or error into an outcome.
import { BriefcastError, isAbort, ProcessError } from '../errors.js';
import { startProbes } from '../briefing/early-probes.js';
import { planBriefing } from '../briefing/plan-briefing.js';
import { preflight } from '../briefing/preflight.js';
import { publishBriefing } from '../briefing/publish-briefing.js';
import type { BatchJob, JobContext, JobOutcome } from './job.js';

/** Make one job's episode; failures become a 'failed' outcome, an abort is rethrown. */
export async function runJob(job: BatchJob, context: JobContext): Promise<JobOutcome> {
  const started = performance.now();
  const wall = () => Math.round((performance.now() - started) / 10) / 100;
  try {
    const { engine, voice, rate, language, maxWords, castFile, quoteVoices, lexicons, outDir, ...publishing } = job.settings;
    const { signal, onProgress } = context;
    startProbes({ engine, voice, language });
    await preflight({ cacheDir: publishing.cacheDir });
    const { plan } = await planBriefing({
      ...{ engine, voice, rate: rate ?? null, language, maxWords, castFile, quoteVoices, lexicons },
      sources: job.sources,
      title: job.title,
      prefetched: job.pages,
      preloaded: job.articles,
      voiceMemoryDir: outDir,
      signal,
      onProgress,
    });
    const result = await publishBriefing(plan, { ...publishing, dir: outDir, jobs: context.jobs, signal, onProgress });
    return {
      id: job.id,
      sources: job.sources,
      // 'unchanged' comes from the podcast folder's episode records (an up-to-date episode is not rebuilt).
      status: result.status,
      output: result.audio,
      audioSeconds: Math.round((result.timings.totalSamples / result.timings.sampleRate) * 100) / 100,
      wallSeconds: wall(),
    };
  } catch (error) {
    if (isAbort(error) || context.signal?.aborted) throw error;
    return { id: job.id, sources: job.sources, status: 'failed', wallSeconds: wall(), ...describeError(error) };
  }
}

/** One line (and a hint) for any error, typed or not. */
export function describeError(error: unknown): { error: string; hint?: string } {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (!(e instanceof ProcessError)) continue;
    // ffmpeg's last line is often just "Conversion failed!"; the cause is a few lines up.
    const cause = /No space left on device|File too large|Disk quota exceeded|Permission denied|Read-only file system/i.exec(e.stderrTail);
    const message = (error as Error).message;
    if (cause && !message.includes(cause[0])) {
      return { error: `${message} (${cause[0]})`, hint: /space|quota|large/i.test(cause[0]) ? 'free some disk space and run again' : e.hint };
    }
  }
  if (error instanceof BriefcastError) return { error: error.message, hint: error.hint };
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return { error: `${e.code}: ${e.message}`, hint: e.code === 'ENOSPC' ? 'free some disk space and run again' : undefined };
  }
  return { error: error instanceof Error ? error.message : String(error) };
}

// makeBriefing: the whole pipeline, from sources (or an edited plan) to one audio file.
import os from 'node:os';
import path from 'node:path';
import type { Timings } from '../audio/assemble.js';
import { formatForFile } from '../audio/formats.js';
import { UserError } from '../errors.js';
import { loadPlanFile } from '../plan/load.js';
import type { Plan } from '../plan/schema.js';
import { defaultCacheDir } from '../tts/cache.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { ensureWritableDir, folderOf } from '../util/fs-checks.js';
import { slugify } from '../util/slug.js';
import { planBriefing, type PlanBriefingOptions } from './plan-briefing.js';
import { renderPlan } from './render.js';
import { timingsFile } from './timings.js';

export interface MakeOptions extends Omit<PlanBriefingOptions, 'sources'> {
  sources: readonly string[];
  /** Write exactly this file (format from its extension). */
  output?: string;
  /** Without `output`: the folder for `<yyyy-mm-dd>-<slug>.m4a` (default "output"). */
  outDir?: string;
  /** Make the audio from this plan file instead of the sources. */
  planFile?: string;
  /** Also write the timings JSON here. */
  timingsPath?: string;
  cover?: string;
  /** Synthesis workers at once (default: number of cores). */
  jobs?: number;
  /** Unit cache folder; null disables the cache; undefined uses the default. */
  cacheDir?: string | null;
}

export interface MakeResult {
  output: string;
  plan: Plan;
  timings: Timings;
  durationSeconds: number;
}

/** Make one briefing; throws typed errors (see src/errors.ts). */
export async function makeBriefing(options: MakeOptions): Promise<MakeResult> {
  const plan = options.planFile
    ? await loadPlanFile(options.planFile)
    : (await planBriefing({ ...options, sources: options.sources })).plan;
  if (options.planFile && options.sources.length) {
    throw new UserError('give either sources or --plan, not both', { hint: 'drop the sources when making from a plan' });
  }
  const output = options.output ?? path.join(options.outDir ?? 'output', `${today()}-${slugify(plan.title)}.m4a`);
  formatForFile(output);
  await ensureWritableDir(folderOf(output), { create: !options.output });
  if (options.timingsPath) await ensureWritableDir(folderOf(options.timingsPath), { create: false });
  const timings = await renderPlan(plan, {
    output,
    jobs: options.jobs ?? defaultJobs(),
    cacheDir: options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir,
    cover: options.cover,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (options.timingsPath) {
    await writeFileAtomic(options.timingsPath, `${JSON.stringify(timingsFile(plan, timings), null, 2)}\n`);
  }
  const durationSeconds = timings.totalSamples / timings.sampleRate;
  options.onProgress?.({ stage: 'done', output, seconds: durationSeconds });
  return { output, plan, timings, durationSeconds };
}

/** Default number of synthesis workers: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

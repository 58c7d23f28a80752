// makeBriefing: the whole pipeline, from sources (or an edited plan) to one audio file.
import os from 'node:os';
import type { AudioMetadata, Timings } from '../audio/assemble.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/schema.js';
import { defaultCacheDir } from '../tts/cache.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { withIntroOutro } from '../podcast/intro.js';
import type { EpisodeRecord } from '../podcast/records.js';
import { startProbes } from './early-probes.js';
import { preflight } from './preflight.js';
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
  /** Podcast folder mode (no `output`): audio format of the episode (default m4a). */
  format?: 'm4a' | 'mp3';
  /** Spoken intro naming the stories, and a short outro. */
  intro?: boolean;
  outro?: boolean;
  /** A sound file played between chapters. */
  chime?: string;
  /** Podcast folder mode: absolute base URL of the folder for the feed. */
  baseUrl?: string;
  /** Podcast folder mode: lift itunes:block and podcast:locked. */
  public?: boolean;
  /** Podcast folder mode: keep only the newest N episodes. */
  keep?: number;
}

export interface MakeResult {
  /** The audio file (the episode audio in podcast folder mode). */
  output: string;
  plan: Plan;
  timings: Timings;
  durationSeconds: number;
  /** 'unchanged': the episode was already published with this plan and settings; nothing was written. */
  status: 'built' | 'unchanged';
  /** The episode record (podcast folder mode). */
  episode?: EpisodeRecord;
}

/** Make one briefing; throws typed errors (see src/errors.ts). */
export async function makeBriefing(options: MakeOptions): Promise<MakeResult> {
  // Usage mistakes first: before any fetching, planning or synthesis.
  if (options.planFile && options.sources.length) {
    throw new UserError('give either sources or --plan, not both', { hint: 'drop the sources when making from a plan' });
  }
  if (options.output && (options.baseUrl || options.keep || options.public)) {
    throw new UserError('--base-url, --keep and --public are for a podcast folder', { hint: 'drop -o to publish into --out-dir' });
  }
  startProbes({ engine: options.engine, voice: options.voice, language: options.language, planFile: options.planFile });
  await preflight({ output: options.output, timingsPath: options.timingsPath, cacheDir: options.cacheDir });
  const dir = options.outDir ?? 'output';
  // Modules only one mode needs are imported there: every module loaded is on the way to the first sound.
  const plan = options.planFile
    ? await (await import('../plan/load.js')).loadPlanFile(options.planFile)
    : (await planBriefing({ ...options, sources: options.sources, voiceMemoryDir: options.output ? null : dir })).plan;
  const render = (finalPlan: Plan, output: string, metadata?: Partial<AudioMetadata>) =>
    renderPlan(finalPlan, {
      output,
      metadata,
      jobs: options.jobs ?? defaultJobs(),
      cacheDir: options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir,
      cover: options.cover,
      chime: options.chime,
      signal: options.signal,
      onProgress: options.onProgress,
    });
  let built: Omit<MakeResult, 'durationSeconds'>;
  if (options.output) {
    const final = withIntroOutro(plan, { intro: options.intro, outro: options.outro, date: new Date() }).plan;
    built = { output: options.output, plan: final, timings: await render(final, options.output), status: 'built' };
  } else {
    // Without -o the folder is a podcast: the episode, its sidecars, the records and feed.xml.
    const [{ publishEpisode }, { rememberCast }] = await Promise.all([import('../podcast/publish.js'), import('../cast/memory.js')]);
    const published = await publishEpisode({
      dir,
      plan,
      format: options.format ?? 'm4a',
      intro: options.intro,
      outro: options.outro,
      chime: options.chime,
      cover: options.cover,
      baseUrl: options.baseUrl,
      public: options.public,
      keep: options.keep,
      render,
      onWarning: (warning) => options.onProgress?.({ stage: 'warning', ...warning }),
    });
    // The speakers' voices are remembered only once the episode is in place.
    if (published.status === 'built') await rememberCast(dir, published.plan);
    built = { output: published.audio, plan: published.plan, timings: published.timings, status: published.status, episode: published.record };
  }
  const result: MakeResult = { ...built, durationSeconds: built.timings.totalSamples / built.timings.sampleRate };
  if (options.timingsPath) {
    await writeFileAtomic(options.timingsPath, `${JSON.stringify(timingsFile(result.plan, result.timings), null, 2)}\n`);
  }
  options.onProgress?.({ stage: 'done', output: result.output, seconds: result.durationSeconds });
  return result;
}

/** Default number of synthesis workers: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

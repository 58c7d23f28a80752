// renderBriefing: the sound half, Plan → one encoded audio file with chapters, and its exact timings. Knows nothing of podcasts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assemble } from '../audio/assemble.js';
import type { AudioMetadata, Timings } from '../audio/types.js';
import { UnitPrefetch } from '../audio/mix/prefetch.js';
import { AbortError, isAbort } from '../errors.js';
import { DEFAULT_WPM } from '../plan/build.js';
import type { Plan } from '../plan/schema.js';
import { resolveVoice } from '../tts/registry.js';
import { synthesizeUnits, type Unit } from '../tts/synthesize.js';
import { defaultCacheDir } from '../tts/cache.js';
import { prepareChime } from '../audio/chime.js';
import { PAUSES_MS, pausesFor } from '../plan/pauses.js';
import type { ProgressListener } from './progress.js';

export interface RenderOptions {
  /** Final audio path; format from its extension. */
  output: string;
  /** Synthesis workers or processes at once (default: the machine's cores). */
  jobs?: number;
  /** Unit cache folder, or null for --no-cache (default: $XDG_CACHE_HOME/briefcast). */
  cacheDir?: string | null;
  cover?: string;
  metadata?: Partial<AudioMetadata>;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** A sound file played at the start of every chapter but the first. */
  chime?: string;
}

/** Default number of synthesis workers: the machine's cores. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/** Synthesize and assemble a plan into `output` (temp file + rename); returns the exact timings. */
export async function renderBriefing(plan: Plan, options: RenderOptions): Promise<Timings> {
  const jobs = options.jobs ?? defaultJobs();
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  // Validate every voice up front: an edited plan may name one that is not installed.
  for (const voice of new Set(plan.chapters.flatMap((c) => c.segments.map((s) => s.voice)))) {
    await resolveVoice(voice);
  }
  const units: Unit[] = plan.chapters.flatMap((c) => c.segments.map((s) => ({ voice: s.voice, spoken: s.spoken, rate: plan.rate })));
  // Estimated audio seconds per unit (words at the plan's rate), for the "seconds of audio" in progress bars.
  const unitSeconds = units.map((u) => (u.spoken.split(/\s+/).filter(Boolean).length * 60) / (plan.rate ?? DEFAULT_WPM));
  const totalSeconds = unitSeconds.reduce((a, b) => a + b, 0);
  let doneSeconds = 0;
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-'));
  try {
    const chime = options.chime ? await prepareChime(options.chime, workDir, options.signal) : null;
    // Decode each unit as soon as it is synthesized, and start the encode at once: it takes each unit as it arrives.
    const prefetch = new UnitPrefetch();
    const arrived = units.map(() => {
      let resolve!: (wav: string) => void;
      const promise = new Promise<string>((r) => (resolve = r));
      return { promise, resolve };
    });
    // One signal for both halves: a failure in either stops the other.
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) controller.abort();
    const synthesis = synthesizeUnits(units, {
      jobs,
      cacheDir,
      workDir,
      signal: controller.signal,
      onUnit: (e) => {
        prefetch.add(e.wav);
        arrived[e.index]!.resolve(e.wav);
        doneSeconds += unitSeconds[e.index] ?? 0;
        options.onProgress?.({ stage: 'synthesize', done: e.done, total: e.total, cached: e.cached, seconds: doneSeconds, totalSeconds });
      },
    });
    const pauses = pausesFor(plan);
    let next = 0;
    const chapters = plan.chapters.map((chapter, c) => ({
      title: chapter.title,
      units: chapter.segments.map((segment, s) => {
        const i = next++;
        return { wav: arrived[i]!.promise as string | Promise<string>, estimatedSeconds: unitSeconds[i], pauseBeforeMs: pauses[c]![s]!, level: segment.voice };
      }),
    }));
    if (chime) {
      // The chime opens each later chapter; its units are taken out of the timings again below.
      chapters.forEach((chapter, c) => {
        if (c === 0) return;
        chapter.units[0]!.pauseBeforeMs = PAUSES_MS.sentence;
        chapter.units.unshift({ wav: chime, estimatedSeconds: 1, pauseBeforeMs: PAUSES_MS.chapter, level: 'chime' });
      });
    }
    const assembly = assemble({
      chapters,
      output: options.output,
      metadata: {
        title: plan.title,
        artist: 'briefcast',
        album: 'briefcast',
        date: new Date().toISOString().slice(0, 10),
        comment: plan.articles.map((a) => a.url ?? a.source).join('\n'),
        genre: 'Podcast',
        ...options.metadata,
      },
      cover: options.cover,
      prefetch,
      signal: controller.signal,
      onProgress: (e) => options.onProgress?.({ stage: 'encode', seconds: e.seconds, totalSeconds: e.totalSeconds }),
    });
    const stopOthersOnFailure = <T>(half: Promise<T>) =>
      half.catch((error: unknown) => {
        controller.abort();
        throw error;
      });
    const [synthesized, assembled] = await Promise.allSettled([stopOthersOnFailure(synthesis), stopOthersOnFailure(assembly)]);
    options.signal?.removeEventListener('abort', onAbort);
    // The real cause wins over the abort it caused in the other half.
    const failures = [synthesized, assembled].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (options.signal?.aborted) throw new AbortError();
    if (failures.length > 0) throw failures.find((e) => !isAbort(e)) ?? failures[0];
    const timings = (assembled as PromiseFulfilledResult<Timings>).value;
    if (chime) {
      const isChime = chapters.flatMap((ch) => ch.units.map((u) => u.wav === chime && u.level === 'chime'));
      return { ...timings, units: timings.units.filter((_, i) => !isChime[i]) };
    }
    return timings;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// The sound half of the pipeline: plan → unit WAVs → one encoded file with chapters.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assemble, type AudioMetadata, type Timings } from '../audio/assemble.js';
import { UnitPrefetch } from '../audio/prefetch.js';
import { DEFAULT_WPM } from '../plan/build.js';
import type { Plan } from '../plan/schema.js';
import { resolveVoice } from '../tts/registry.js';
import { synthesizeUnits, type Unit } from '../tts/synthesize.js';
import { prepareChime } from '../podcast/chime.js';
import { PAUSES_MS, pausesFor } from './pauses.js';
import type { ProgressListener } from './progress.js';

export interface RenderOptions {
  /** Final audio path; format from its extension. */
  output: string;
  jobs: number;
  /** Unit cache folder, or null for --no-cache. */
  cacheDir: string | null;
  cover?: string;
  metadata?: Partial<AudioMetadata>;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** A sound file played at the start of every chapter but the first. */
  chime?: string;
}

/** Synthesize and assemble a plan into `output`; returns the exact timings. */
export async function renderPlan(plan: Plan, options: RenderOptions): Promise<Timings> {
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
    // Decode each unit as soon as it is synthesized, so the mix does not start by reading them all.
    const prefetch = new UnitPrefetch();
    const wavs = await synthesizeUnits(units, {
      jobs: options.jobs,
      cacheDir: options.cacheDir,
      workDir,
      signal: options.signal,
      onUnit: (e) => {
        prefetch.add(e.wav);
        doneSeconds += unitSeconds[e.index] ?? 0;
        options.onProgress?.({ stage: 'synthesize', done: e.done, total: e.total, cached: e.cached, seconds: doneSeconds, totalSeconds });
      },
    });
    const pauses = pausesFor(plan);
    let next = 0;
    const chapters = plan.chapters.map((chapter, c) => ({
      title: chapter.title,
      units: chapter.segments.map((segment, s) => ({
        wav: wavs[next++]!.wav,
        pauseBeforeMs: pauses[c]![s]!,
        level: segment.voice,
      })),
    }));
    if (chime) {
      // The chime opens each later chapter; its units are taken out of the timings again below.
      chapters.forEach((chapter, c) => {
        if (c === 0) return;
        chapter.units[0]!.pauseBeforeMs = PAUSES_MS.sentence;
        chapter.units.unshift({ wav: chime, pauseBeforeMs: PAUSES_MS.chapter, level: 'chime' });
      });
    }
    const timings = await assemble({
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
      signal: options.signal,
      onProgress: (e) => options.onProgress?.({ stage: 'encode', seconds: e.seconds, totalSeconds: e.totalSeconds }),
    });
    if (chime) {
      const isChime = chapters.flatMap((ch) => ch.units.map((u) => u.wav === chime && u.level === 'chime'));
      return { ...timings, units: timings.units.filter((_, i) => !isChime[i]) };
    }
    return timings;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// The sound half of the pipeline: plan → unit WAVs → one encoded file with chapters.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assemble, type AudioMetadata, type Timings } from '../audio/assemble.js';
import type { Plan } from '../plan/schema.js';
import { resolveVoice } from '../tts/registry.js';
import { synthesizeUnits, type Unit } from '../tts/synthesize.js';
import { pausesFor } from './pauses.js';
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
}

/** Synthesize and assemble a plan into `output`; returns the exact timings. */
export async function renderPlan(plan: Plan, options: RenderOptions): Promise<Timings> {
  // Validate every voice up front: an edited plan may name one that is not installed.
  for (const voice of new Set(plan.chapters.flatMap((c) => c.segments.map((s) => s.voice)))) {
    await resolveVoice(voice);
  }
  const units: Unit[] = plan.chapters.flatMap((c) => c.segments.map((s) => ({ voice: s.voice, spoken: s.spoken, rate: plan.rate })));
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-'));
  try {
    const wavs = await synthesizeUnits(units, {
      jobs: options.jobs,
      cacheDir: options.cacheDir,
      workDir,
      signal: options.signal,
      onUnit: (e) => options.onProgress?.({ stage: 'synthesize', done: e.done, total: e.total, cached: e.cached }),
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
      signal: options.signal,
      onProgress: (e) => options.onProgress?.({ stage: 'encode', seconds: e.seconds, totalSeconds: e.totalSeconds }),
    });
    return timings;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

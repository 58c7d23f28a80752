// Synthesizes plan units to WAV files: deduplicated, parallel up to `jobs`, cached by content hash.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AbortError, DependencyError, UserError, isAbort } from '../errors.js';
import { DEFAULT_CACHE_MAX_BYTES, pruneCacheIfDue, touchIfPresent, unitTempPath, unitKey, unitPath } from './cache.js';
import type { EngineSession, TtsEngine } from './engine.js';
import { createLimiter } from './limiter.js';
import { resolveVoice } from './registry.js';
import { UnitSynthesisError } from './unit-error.js';

/** One unit of synthesis: a sentence, or a quote inside a sentence. */
export interface Unit {
  /** "engine:voice". */
  voice: string;
  /** Normalized spoken text. */
  spoken: string;
  /** Words per minute, or null for the voice's natural rate. */
  rate: number | null;
}

export interface SynthesizedUnit {
  /** Absolute path of the unit's WAV file (in the cache, or in workDir with no cache). */
  wav: string;
  /** True when it came from the cache without running the engine. */
  cached: boolean;
}

export interface SynthesizeOptions {
  /** Total workers or processes at once across all engines. */
  jobs: number;
  /** Cache folder, or null for --no-cache (then files go to workDir and the caller removes them). */
  cacheDir: string | null;
  /** Scratch folder owned by the caller. */
  workDir: string;
  signal?: AbortSignal;
  /** Called after each unit finishes. */
  onUnit?: (event: { index: number; done: number; total: number; cached: boolean; wav: string }) => void;
  /** Cache size cap in bytes (default 2 GB), applied when the cache is pruned (see pruneEveryMs). */
  cacheMaxBytes?: number;
  /** Prune at most once in this many milliseconds per cache (default an hour; 0: every call). */
  pruneEveryMs?: number;
}

interface Job {
  engine: TtsEngine;
  voice: string;
  unit: Unit;
  indexes: number[];
  final: string;
}

/** Synthesize every unit (deduplicated), returning WAV paths in the same order as `units`. */
export async function synthesizeUnits(units: readonly Unit[], options: SynthesizeOptions): Promise<SynthesizedUnit[]> {
  if (options.signal?.aborted) throw new AbortError();
  const jobs = new Map<string, Job>();
  // Callers of this library export may pass any voice: each distinct one is validated once, by the registry.
  const resolved = new Map<string, { engine: TtsEngine; voice: string; version: string }>();
  for (const [index, unit] of units.entries()) {
    let ref = resolved.get(unit.voice);
    if (!ref) {
      const { engine, status, voice } = await resolveVoice(unit.voice);
      resolved.set(unit.voice, (ref = { engine, voice: voice.id, version: status.version ?? 'unknown' }));
    }
    const { engine, voice, version } = ref;
    const key = unitKey({ engine: engine.id, voice, rate: unit.rate, spoken: unit.spoken, version });
    const final = options.cacheDir ? unitPath(path.resolve(options.cacheDir), key) : path.join(path.resolve(options.workDir), `unit-${key}.wav`);
    const job = jobs.get(key);
    if (job) job.indexes.push(index);
    else jobs.set(key, { engine, voice, unit, indexes: [index], final });
  }

  const results: SynthesizedUnit[] = new Array(units.length);
  let done = 0;
  const finish = (job: Job, cached: boolean) => {
    for (const index of job.indexes) {
      results[index] = { wav: job.final, cached };
      options.onUnit?.({ index, done: ++done, total: units.length, cached, wav: job.final });
    }
  };
  const todo: Job[] = [];
  // Cache lookups at once, then in order (onUnit numbering stays the units' order).
  const all = [...jobs.values()];
  const hits = await Promise.all(all.map((job) => (options.cacheDir ? touchIfPresent(job.final) : false)));
  all.forEach((job, i) => (hits[i] ? finish(job, true) : todo.push(job)));

  if (todo.length > 0) await runJobs(todo, options, finish);
  if (options.cacheDir) {
    const keep = new Set([...jobs.values()].map((j) => j.final));
    // Housekeeping: a cache folder it cannot clean must not fail a briefing whose units are all made.
    const cap = options.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    await pruneCacheIfDue(path.resolve(options.cacheDir), cap, keep, options.pruneEveryMs).catch(() => undefined);
  }
  return results;
}

async function runJobs(todo: Job[], options: SynthesizeOptions, finish: (job: Job, cached: boolean) => void): Promise<void> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const sessions = new Map<string, Promise<EngineSession>>();
  const jobs = Math.max(1, Math.floor(options.jobs));
  // `jobs` processes or workers at once across all engines (the shared slots); twice as many units in hand, so the next
  // one's input is written while the others run and it starts the moment a slot frees (measured: ~10 ms idle per unit before).
  const slots = createLimiter(jobs);
  const limit = createLimiter(2 * jobs);
  let firstError: unknown;
  try {
    // Each engine is opened once per run, the first time one of its units needs it.
    const sessionFor = (engine: TtsEngine) => {
      let session = sessions.get(engine.id);
      if (!session) sessions.set(engine.id, (session = engine.open({ jobs, slots })));
      return session;
    };
    await Promise.all(
      todo.map((job) =>
        limit(async () => {
          if (controller.signal.aborted) return;
          try {
            await synthesizeOne(job, await sessionFor(job.engine), controller.signal);
            finish(job, false);
          } catch (error) {
            if (firstError === undefined && !(isAbort(error) && controller.signal.aborted)) firstError = wrap(job, error);
            controller.abort();
          }
        }),
      ),
    );
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
    await Promise.all([...sessions.values()].map(async (s) => (await s.catch(() => undefined))?.close().catch(() => undefined)));
  }
  if (firstError !== undefined) throw firstError;
  if (options.signal?.aborted) throw new AbortError();
}

async function synthesizeOne(job: Job, session: EngineSession, signal: AbortSignal): Promise<void> {
  await mkdir(path.dirname(job.final), { recursive: true });
  const temp = unitTempPath(job.final);
  try {
    await session.synthesize({ text: job.unit.spoken, voice: job.voice, rate: job.unit.rate, outFile: temp, signal });
    const info = await stat(temp).catch(() => undefined);
    if (!info || info.size <= 44) throw new Error('the engine wrote no audio');
    await rename(temp, job.final);
  } finally {
    await rm(temp, { force: true });
  }
}

function wrap(job: Job, error: unknown): unknown {
  if (error instanceof UserError || error instanceof DependencyError || isAbort(error)) return error;
  return new UnitSynthesisError(job.engine.id, { index: job.indexes[0]!, spoken: job.unit.spoken }, error);
}

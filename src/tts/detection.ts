// Runs an engine's detection once per process and turns any failure into "unavailable" with the install hint.
import { BriefcastError } from '../errors.js';
import type { Detection } from './engine.js';

/** A detection of an engine that is not there: no voices, no default. */
export function unavailable(reason: string): Detection {
  return { status: { available: false, reason }, voices: [], defaultVoice: () => null };
}

/** A memoized detect: `probe` runs once; a thrown error becomes unavailable with "<why>; <install>". */
export function memoDetection<D extends Detection>(probe: () => Promise<D>, install: string): () => Promise<D | Detection> {
  let detected: Promise<D | Detection> | undefined;
  return () =>
    (detected ??= probe().catch((error: unknown) => {
      const why = error instanceof BriefcastError ? error.message : String(error);
      return unavailable(`${why}; ${install}`);
    }));
}

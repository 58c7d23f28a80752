// Runs an engine's detection once per process and turns any failure into "unavailable" with the install hint.
import { BriefcastError } from '../errors.js';
import type { EngineStatus, VoiceInfo } from './engine.js';

export interface Detection {
  status: EngineStatus;
  voices: VoiceInfo[];
}

/** A memoized detect: `probe` runs once; a thrown error becomes `{ available: false, reason: "<why>; <install>" }`. */
export function memoDetection<D extends Detection>(probe: () => Promise<D>, install: string): () => Promise<D | Detection> {
  let detected: Promise<D | Detection> | undefined;
  return () =>
    (detected ??= probe().catch((error: unknown) => {
      const why = error instanceof BriefcastError ? error.message : String(error);
      return { status: { available: false, reason: `${why}; ${install}` }, voices: [] };
    }));
}

/** The `detect` and `voices` methods of an engine object, both answered from one memoized detection. */
export function detectionMethods(detection: () => Promise<Detection>) {
  return {
    async detect(): Promise<EngineStatus> {
      return (await detection()).status;
    },
    async voices(): Promise<VoiceInfo[]> {
      return (await detection()).voices;
    },
  };
}

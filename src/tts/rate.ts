// Maps a words-per-minute request onto an engine's duration control.

/** Lowest and highest words per minute briefcast asks any engine for. */
export const RATE_RANGE = { min: 80, max: 450 } as const;

/** Duration stretch (1 = natural, 2 = twice as long) that turns a voice's natural rate into `rate` wpm. */
export function durationStretch(naturalWpm: number, rate: number | null): number {
  if (rate === null) return 1;
  const clamped = Math.min(RATE_RANGE.max, Math.max(RATE_RANGE.min, rate));
  return round3(naturalWpm / clamped);
}

/** Speed factor (1 = natural, 2 = twice as fast): the inverse of durationStretch. */
export function speedFactor(naturalWpm: number, rate: number | null): number {
  return round3(1 / durationStretch(naturalWpm, rate));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

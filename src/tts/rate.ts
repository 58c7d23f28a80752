// Maps a words-per-minute request onto an engine's duration control.

/** Lowest and highest words per minute briefcast asks any engine for. */
export const RATE_RANGE = { min: 80, max: 450 } as const;

/** Duration stretch (1 = natural, 2 = twice as long) that turns a voice's natural rate into `rate` wpm. */
export function durationStretch(naturalWpm: number, rate: number | null): number {
  if (rate === null) return 1;
  return round3(naturalWpm / clampRate(rate));
}

/** `rate` (wpm) kept within RATE_RANGE. */
export function clampRate(rate: number): number {
  return Math.min(RATE_RANGE.max, Math.max(RATE_RANGE.min, rate));
}

/** Speed factor (1 = natural, 2 = twice as fast): the inverse of durationStretch. */
export function speedFactor(naturalWpm: number, rate: number | null): number {
  return round3(1 / durationStretch(naturalWpm, rate));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

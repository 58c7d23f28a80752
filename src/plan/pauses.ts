// Pause lengths between units, derived from where a unit sits in the plan.
import type { Plan } from './schema.js';

export const PAUSES_MS = {
  /** Before the very first unit. */
  start: 250,
  /** Between pieces of one sentence (a quote inside a sentence). */
  clause: 120,
  sentence: 380,
  paragraph: 700,
  chapter: 1300,
} as const;

/** Pause before each segment of each chapter, in milliseconds. */
export function pausesFor(plan: Plan): number[][] {
  return plan.chapters.map((chapter, c) =>
    chapter.segments.map((segment, s) => {
      if (s === 0) return c === 0 ? PAUSES_MS.start : PAUSES_MS.chapter;
      const prev = chapter.segments[s - 1]!;
      if (prev.paragraph !== segment.paragraph) return PAUSES_MS.paragraph;
      if (prev.sentence !== segment.sentence) return PAUSES_MS.sentence;
      return PAUSES_MS.clause;
    }),
  );
}

// Topic shifts in a run of paragraphs: TextTiling-style lexical cohesion plus paragraph cues, within length bounds.
import { breakableGaps } from './quote-gaps.js';
import { addCounts, cosine, termCounts } from './terms.js';

export interface TopicalOptions {
  wordsPerMinute: number;
  /** No chapter shorter than this (seconds of speech), unless the text allows nothing else. */
  minSeconds?: number;
  /** No chapter longer than this when a break is allowed. */
  maxSeconds?: number;
  /** Aim for about this many seconds per chapter. */
  targetSeconds?: number;
}

const WINDOW = 2;
const SHIFT_CUE = /^(?:meanwhile|elsewhere|separately|in other news|on the other hand|back in|across the|at the same time|in a separate|for (?:older|younger|many|some)|the next (?:test|step|challenge)|looking ahead|still,)\b/i;
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*[\p{L} .]+)?\s*(?:\(\w+\)\s*)?[—–-]\s/u;
const CONTINUES = /^(?:he|she|they|it|this|that|these|those|but|and|so|his|her|their|its|the move|the decision)\b/i;

/** Indexes of paragraphs that start a new chapter (never 0), in order. */
export function topicalBreaks(paragraphs: readonly string[], options: TopicalOptions): number[] {
  const secondsPerWord = 60 / options.wordsPerMinute;
  const seconds = paragraphs.map((p) => p.split(/\s+/).filter(Boolean).length * secondsPerWord);
  const total = seconds.reduce((a, b) => a + b, 0);
  const minS = options.minSeconds ?? 40;
  const maxS = options.maxSeconds ?? 240;
  const target = options.targetSeconds ?? 75;
  if (paragraphs.length < 2 || total < 2 * minS) return [];

  const scores = gapScores(paragraphs);
  const allowed = breakableGaps(paragraphs);
  const wanted = Math.max(Math.round(total / target), Math.ceil(total / maxS)) - 1;
  const candidates = scores
    .map((score, gap) => ({ gap, score }))
    .filter((c) => c.gap > 0 && allowed[c.gap])
    .sort((a, b) => b.score - a.score);

  const breaks: number[] = [];
  const lengths = (bs: number[]) => {
    const cuts = [0, ...[...bs].sort((a, b) => a - b), paragraphs.length];
    return cuts.slice(1).map((end, i) => seconds.slice(cuts[i], end).reduce((a, b) => a + b, 0));
  };
  for (const { gap } of candidates) {
    if (breaks.length >= wanted) break;
    if (lengths([...breaks, gap]).every((s) => s >= minS)) breaks.push(gap);
  }
  // A chapter still too long: cut it at its best allowed gap, even below the wanted count.
  for (let guard = 0; guard < paragraphs.length; guard++) {
    const sorted = [...breaks].sort((a, b) => a - b);
    const cuts = [0, ...sorted, paragraphs.length];
    const long = lengths(sorted).findIndex((s) => s > maxS);
    if (long === -1) break;
    const inside = candidates.find((c) => c.gap > cuts[long]! && c.gap < cuts[long + 1]! && lengths([...breaks, c.gap]).every((s) => s >= minS / 2));
    if (!inside) break;
    breaks.push(inside.gap);
  }
  return breaks.sort((a, b) => a - b);
}

/** Score for a chapter starting at each paragraph: depth of the cohesion valley plus cue bonuses. */
function gapScores(paragraphs: readonly string[]): number[] {
  const vectors = paragraphs.map(termCounts);
  const sims = paragraphs.map((_, g) =>
    g === 0 ? 1 : cosine(addCounts(vectors.slice(Math.max(0, g - WINDOW), g)), addCounts(vectors.slice(g, g + WINDOW))),
  );
  return paragraphs.map((text, g) => {
    if (g === 0) return -Infinity;
    let left = sims[g]!;
    for (let i = g - 1; i >= 1 && sims[i]! >= left; i--) left = sims[i]!;
    let right = sims[g]!;
    for (let i = g + 1; i < sims.length && sims[i]! >= right; i++) right = sims[i]!;
    let score = left - sims[g]! + (right - sims[g]!) + (1 - sims[g]!) * 0.5;
    if (SHIFT_CUE.test(text) || DATELINE.test(text)) score += 0.35;
    if (CONTINUES.test(text)) score -= 0.2;
    score += 0.05 * Math.min(3, newNames(paragraphs.slice(Math.max(0, g - 2), g).join(' '), text));
    return score;
  });
}

/** Capitalised names in `text` (not sentence-initial) that the preceding text did not mention. */
function newNames(before: string, text: string): number {
  const names = text.match(/(?<=[a-z,;]\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*/gu) ?? [];
  return new Set(names.filter((n) => !before.includes(n))).size;
}

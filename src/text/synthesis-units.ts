// Over-long sentences cut into bounded synthesis units at the best clause boundary (a 12k-word sentence is not one unit).
import { rulesFor } from './languages/index.js';

/** The most one unit holds; past either, the text is cut. */
export interface UnitLimits {
  maxWords: number;
  maxChars: number;
}

/** About 20 seconds of speech: engines keep a whole unit in memory, and a pause inside stays short (a clause pause). */
export const UNIT_LIMITS: UnitLimits = { maxWords: 60, maxChars: 400 };

/**
 * The text as units no longer than the limits, cut after ";", ":" or a dash first, then after ",", then before a
 * conjunction of the language, then between any two words; the parts concatenated give the text back exactly.
 * A single "word" longer than a unit stays whole (its own unit): the reading rules bound what is said of it.
 */
export function splitForSynthesis(text: string, language = 'en', limits: UnitLimits = UNIT_LIMITS): string[] {
  if (text.length <= limits.maxChars && countWords(text) <= limits.maxWords) return [text];
  const clauseWords = new Set(rulesFor(language)?.clauseWords ?? []);
  const tokens = text.match(/\s*\S+\s*/g) ?? [text];
  const parts: string[] = [];
  let start = 0;
  while (start < tokens.length) {
    // The longest run of tokens within the limits (at least one token).
    let end = start;
    let chars = 0;
    while (end < tokens.length && (end === start || (end - start < limits.maxWords && chars + tokens[end]!.length <= limits.maxChars))) {
      chars += tokens[end]!.length;
      end++;
    }
    if (end === tokens.length) {
      parts.push(tokens.slice(start).join(''));
      break;
    }
    const cut = bestCut(tokens, start, end, clauseWords);
    parts.push(tokens.slice(start, cut).join(''));
    start = cut;
  }
  return parts;
}

/** Where to cut in tokens[start..end): the strongest boundary in the later two thirds, the latest of equals. */
function bestCut(tokens: readonly string[], start: number, end: number, clauseWords: ReadonlySet<string>): number {
  let best = end;
  let bestScore = -1;
  const from = start + Math.max(1, Math.floor((end - start) / 3));
  for (let cut = from; cut <= end; cut++) {
    const before = tokens[cut - 1]!.trimEnd();
    const next = tokens[cut]?.trim().toLowerCase().replace(/[^\p{L}'-]/gu, '') ?? '';
    const score = /[;:—–]$|^[—–-]$/.test(before) ? 3 : /[,)]$/.test(before) ? 2 : clauseWords.has(next) ? 1 : 0;
    if (score >= bestScore) {
      best = cut;
      bestScore = score;
    }
  }
  return best;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// Splits one paragraph into sentences by the language's rules: abbreviations, initials, ordinals, quotes and ellipses aware.
import { rulesFor } from './languages/index.js';
import type { SentenceRules } from './languages/rules.js';

/** A language's sentence data as sets, built once per language. */
interface SentenceSets {
  neverFinal: Set<string>;
  maybeFinal: Set<string>;
  openers: Set<string>;
  ordinalDot: boolean;
}

/** Without rules for the language: only punctuation and initials decide. */
const NEUTRAL: SentenceRules = { neverFinal: [], maybeFinal: [], openers: [] };
const sets = new Map<SentenceRules, SentenceSets>();

function setsFor(language: string): SentenceSets {
  const rules = rulesFor(language)?.sentence ?? NEUTRAL;
  let found = sets.get(rules);
  if (!found) {
    found = { neverFinal: new Set(rules.neverFinal), maybeFinal: new Set(rules.maybeFinal), openers: new Set(rules.openers), ordinalDot: rules.ordinalDot ?? false };
    sets.set(rules, found);
  }
  return found;
}

// Closing marks of every language ("…“ closes a German quote); opening ones („ ¿ ¡ « ‹).
const CLOSERS = `"'”’“‘»›)]`;
const OPENERS = `"'“‘„‚«‹¿¡([`;

/** Sentences of one paragraph, in order; joined with single spaces they give back the whitespace-normalized paragraph. */
export function splitSentences(paragraph: string, language = 'en'): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const rules = setsFor(language);
  const sentences: string[] = [];
  let start = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (endsSentence(text.slice(start, i), text.slice(i + 1), rules)) {
      sentences.push(text.slice(start, i));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences;
}

/** Does a sentence end at the space between `before` and `after`? */
function endsSentence(before: string, after: string, rules: SentenceSets): boolean {
  let end = before.length;
  // French sets its marks apart ("« Oui. »", "Quoi ?"): spaces between closing marks go too.
  while (end > 0 && (CLOSERS.includes(before[end - 1]!) || (before[end - 1] === ' ' && end < before.length))) end--;
  const core = before.slice(0, end);
  const next = nextWord(after);
  if (!next) return false;
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(next.word) || next.opened;
  if (/[!?]$/.test(core) || /\?!$/.test(core)) return startsUpper;
  if (/(\.\.\.|…)$/.test(core)) return startsUpper;
  if (!core.endsWith('.')) return false;
  if (!startsUpper) return false;
  const token = core.slice(core.lastIndexOf(' ') + 1).replace(LEADING_OPENERS, '');
  const word = token.slice(0, -1).toLowerCase();
  // An initial ("J. K. Rowling", "Franklin D. Roosevelt") or a letter of a spaced abbreviation ("z. B.", "p. ex.").
  if (/^\p{L}$/u.test(token.slice(0, -1))) return false;
  if (rules.neverFinal.has(word)) return false;
  const opens = rules.openers.has(next.word.toLowerCase());
  if (rules.maybeFinal.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return opens;
  // "am 3. Oktober": a German ordinal, unless a sentence opener follows ("Er wurde 3. Dann …").
  if (rules.ordinalDot && /^\d{1,3}$/.test(word)) return opens;
  return true;
}

function nextWord(after: string): { word: string; opened: boolean } | null {
  const m = NEXT_WORD.exec(after);
  if (!m) return null;
  const word = m[2]!.replace(/[^\p{L}\p{N}'’.-]+$/u, '');
  return { word, opened: m[1]!.length > 0 };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}

// Built once: endsSentence runs at every space of every paragraph.
const LEADING_OPENERS = new RegExp(`^[${escapeClass(OPENERS)}]+`);
const NEXT_WORD = new RegExp(`^([${escapeClass(OPENERS)}]*)([^\\s]*)`, 'u');

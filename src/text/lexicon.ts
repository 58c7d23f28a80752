// Pronunciation lexicon: words and how to say them, applied on word boundaries, case-aware.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

export interface LexiconEntry {
  /** The word or phrase as written. */
  word: string;
  /** What the engine is given instead. */
  say: string;
  /** Match case exactly (entries with a capital letter); lower-case entries match any case. */
  caseSensitive: boolean;
}

/** A compiled lexicon, applied with applyLexicon. */
export interface Lexicon {
  entries: LexiconEntry[];
  pattern: RegExp | null;
}

/** Where the default lexicon ships. */
const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../voices/lexicon.txt', import.meta.url));

/** Parse lexicon text: one "word = how to say it" a line, "#" comments; errors name the line. */
export function parseLexicon(text: string, what = 'lexicon'): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const eq = line.indexOf('=');
    const word = eq > 0 ? line.slice(0, eq).trim() : '';
    const say = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!word || !say) throw new UserError(`${what}:${i + 1}: expected "word = pronunciation", got "${raw.trim()}"`, { hint: 'one entry a line, e.g. "Kyiv = Keev"' });
    entries.push({ word, say, caseSensitive: word !== word.toLowerCase() });
  });
  return entries;
}

/** Compile entries; later entries override earlier ones for the same word. */
export function compileLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byWord = new Map<string, LexiconEntry>();
  for (const e of entries) byWord.set(e.caseSensitive ? e.word : e.word.toLowerCase(), e);
  const unique = [...byWord.values()].sort((a, b) => b.word.length - a.word.length);
  if (!unique.length) return { entries: [], pattern: null };
  const alternatives = unique.map((e) => escape(e.word)).join('|');
  return { entries: unique, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu') };
}

/** Replace lexicon words in text; case-sensitive entries only match their exact case. */
export function applyLexicon(text: string, lexicon: Lexicon | undefined): string {
  if (!lexicon?.pattern) return text;
  return text.replace(lexicon.pattern, (found) => {
    const match = found.replace(/\s+/g, ' ');
    const exact = lexicon.entries.find((e) => e.caseSensitive && e.word === match);
    if (exact) return exact.say;
    const loose = lexicon.entries.find((e) => !e.caseSensitive && e.word === match.toLowerCase());
    return loose ? loose.say : found;
  });
}

let defaultEntries: LexiconEntry[] | undefined;
let compiledDefault: Lexicon | undefined;

function shippedEntries(): LexiconEntry[] {
  return (defaultEntries ??= parseLexicon(readFileSync(DEFAULT_LEXICON_PATH, 'utf8'), DEFAULT_LEXICON_PATH));
}

/** The shipped default lexicon (voices/lexicon.txt), read and compiled once. */
export function defaultLexicon(): Lexicon {
  return (compiledDefault ??= compileLexicon(shippedEntries()));
}

/** The default lexicon plus the user's files (`--lexicon`), the user's entries winning. */
export async function loadLexicon(files: readonly string[] = []): Promise<Lexicon> {
  if (files.length === 0) return defaultLexicon();
  const entries = [...shippedEntries()];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UserError(`${file}: cannot read the lexicon file`, { hint: 'check the --lexicon path' });
    }
    entries.push(...parseLexicon(text, file));
  }
  return compileLexicon(entries);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

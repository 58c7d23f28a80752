// Pronunciation lexicon: words and how to say them, applied on word boundaries, case-aware, inflected forms too.
import { existsSync, readFileSync } from 'node:fs';
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

/** Where the default lexicons ship: voices/lexicon.txt (English respellings) and voices/lexicon.<language>.txt. */
const VOICES_DIR = fileURLToPath(new URL('../../voices/', import.meta.url));
const shippedPath = (primary: string) => `${VOICES_DIR}${primary === 'en' ? 'lexicon.txt' : `lexicon.${primary}.txt`}`;
/** Longest word or respelling accepted: anything longer is a mistake, and would make a huge regular expression. */
const MAX_ENTRY_CHARS = 200;
/** Stand-ins for respellings while the rest of the text is expanded (private-use characters, never in article text after typography). */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const DIGIT_BASE = 0xe100;

/** Parse lexicon text: one "word = how to say it" a line, "#" comments; errors name the line. */
export function parseLexicon(text: string, what = 'lexicon'): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const eq = line.indexOf('=');
    const word = eq > 0 ? line.slice(0, eq).trim() : '';
    const say = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!word || !say) throw new UserError(`${what}:${i + 1}: expected "word = pronunciation", got "${clip(raw.trim())}"`, { hint: 'one entry a line, e.g. "Kyiv = Keev"' });
    if (word.length > MAX_ENTRY_CHARS || say.length > MAX_ENTRY_CHARS) {
      throw new UserError(`${what}:${i + 1}: an entry longer than ${MAX_ENTRY_CHARS} characters ("${clip(word)}")`, { hint: 'one word or short phrase a line' });
    }
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
  // An entry, then up to three letters: an inflection when the language allows it ("Belarusian" + "s").
  return { entries: unique, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(\\p{L}{0,3})(?![\\p{L}\\p{N}])`, 'giu') };
}

/** The entry a matched word belongs to; case-sensitive entries only match their exact case. */
function entryFor(lexicon: Lexicon, found: string): LexiconEntry | undefined {
  const match = found.replace(/\s+/g, ' ');
  return lexicon.entries.find((e) => e.caseSensitive && e.word === match) ?? lexicon.entries.find((e) => !e.caseSensitive && e.word === match.toLowerCase());
}

/** Text with lexicon words replaced by stand-ins, and how to put their respellings back. */
export interface ProtectedText {
  text: string;
  restore(text: string): string;
}

/**
 * Replace lexicon words (and their inflected forms: the word plus one of `inflections`) by stand-ins, so that
 * nothing after it normalizes a respelling again ("SLEEPER-CAR" never becomes "SLEEPER-C A R").
 */
export function protectLexicon(text: string, lexicon: Lexicon | undefined, inflections: readonly string[] = ['s', 'es']): ProtectedText {
  if (!lexicon?.pattern) return { text, restore: (t) => t };
  const saved: string[] = [];
  const replaced = text.replace(lexicon.pattern, (found, word: string, ending: string) => {
    const entry = entryFor(lexicon, word);
    if (!entry || (ending && !inflections.includes(ending.toLowerCase()))) return found;
    saved.push(entry.say + ending);
    return `${OPEN}${[...String(saved.length - 1)].map((d) => String.fromCharCode(DIGIT_BASE + Number(d))).join('')}${CLOSE}`;
  });
  if (!saved.length) return { text, restore: (t) => t };
  const standIn = new RegExp(`${OPEN}([\\uE100-\\uE109]+)${CLOSE}`, 'g');
  return {
    text: replaced,
    restore: (t) => t.replace(standIn, (_m, code: string) => saved[Number([...code].map((c) => c.charCodeAt(0) - DIGIT_BASE).join(''))] ?? ''),
  };
}

/** Replace lexicon words in text, inflected forms included; case-sensitive entries only match their exact case. */
export function applyLexicon(text: string, lexicon: Lexicon | undefined, inflections?: readonly string[]): string {
  const done = protectLexicon(text, lexicon, inflections);
  return done.restore(done.text);
}

const shipped = new Map<string, LexiconEntry[]>();
const compiledDefaults = new Map<string, Lexicon>();

function shippedEntries(language: string): LexiconEntry[] {
  const primary = language.split('-')[0]!.toLowerCase();
  let entries = shipped.get(primary);
  if (!entries) {
    const file = shippedPath(primary);
    // English respellings would be read wrongly by a German or French voice: other languages get only their own file.
    entries = /^[a-z]{2,3}$/.test(primary) && existsSync(file) ? parseLexicon(readFileSync(file, 'utf8'), file) : [];
    shipped.set(primary, entries);
  }
  return entries;
}

/** The shipped default lexicon for a language (voices/lexicon.txt for English), read and compiled once. */
export function defaultLexicon(language = 'en'): Lexicon {
  const primary = language.split('-')[0]!.toLowerCase();
  let lexicon = compiledDefaults.get(primary);
  if (!lexicon) compiledDefaults.set(primary, (lexicon = compileLexicon(shippedEntries(primary))));
  return lexicon;
}

/** The default lexicon of the language plus the user's files (`--lexicon`), the user's entries winning. */
export async function loadLexicon(files: readonly string[] = [], language = 'en'): Promise<Lexicon> {
  if (files.length === 0) return defaultLexicon(language);
  const entries = [...shippedEntries(language)];
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

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

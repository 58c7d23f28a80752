// The quote data of the languages other than English, by primary subtag.
import { german } from './de.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { italian } from './it.js';
import { portuguese } from './pt.js';
import type { QuoteLanguageData } from './quote-language.js';

/** German, French, Spanish, Italian and Portuguese quote data. */
export const QUOTE_LANGUAGES: Readonly<Record<string, QuoteLanguageData>> = { de: german, fr: french, es: spanish, it: italian, pt: portuguese };

/** Words that are English words too ("dice", "lance", "don", "on"): left out of the merged sets below. */
const ENGLISH_TOO = new Set(['dice', 'lance', 'tranche', 'assure', 'conclude', 'don', 'dom', 'on', 'm', 'ing', 'sig', 'general', 'chef', 'director', 'professor', 'dr', 'prof', 'ella', 'lei', 'lui', 'loro', 'ela']);
/** Honorifics of the five languages that are neither English words nor surnames. */
const HONORIFICS = new Set(
  `herr frau mme mlle sra srta señor señora doña dra sig.ra signor signora dott dott.ssa prof.ssa sr senhor senhora dona
  bürgermeister bürgermeisterin ministerin kanzlerin präsidentin sprecherin hafenmeisterin alcalde alcaldesa sindaco
  vereadora vereador prefeito prefeita ministra presidenta diputada diputado deputata deputato`.split(/\s+/),
);
const merged = <T>(pick: (l: QuoteLanguageData) => Iterable<T>, key: (t: T) => string = String) =>
  Object.values(QUOTE_LANGUAGES).flatMap((l) => [...pick(l)]).filter((t) => !ENGLISH_TOO.has(key(t)));

/**
 * The words of all five languages at once, for the quote finder of today, which knows one word list: reporting
 * verbs and participles ("sagte", "dijo", "a déclaré"), subject pronouns ("er", "elle"), titles ("Frau", "Sra").
 * None is an English word, so English text is attributed as before.
 */
export const OTHER_LANGUAGE_WORDS = {
  // With the participle of each multi-word verb ("ha detto" → "detto"), for the finder's one-word checks.
  verbs: merged((l) => [...l.reportingVerbs, ...l.phrasalVerbs.map((p) => p.split(' ').at(-1)!)]),
  phrasal: merged((l) => l.phrasalVerbs),
  participles: merged((l) => l.participles),
  pronouns: merged((l) => Object.entries(l.subjectPronouns), ([w]) => w),
  // Titles only where none is an English word or a surname too ("Richter", "Trainer" are both).
  titles: merged((l) => l.titles).filter((t) => HONORIFICS.has(t)),
  titleGender: merged((l) => Object.entries(l.titleGender), ([w]) => w),
};

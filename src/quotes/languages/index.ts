// Picks the language profile for an article; an unknown language finds quotes by their marks only.
import { english } from './en.js';
import { QUOTE_LANGUAGES } from './other-languages.js';
import type { QuoteLanguageData } from './quote-language.js';
import type { LanguageProfile } from './types.js';

export type { Gender, LanguageProfile, PronounInfo } from './types.js';

const none: ReadonlySet<string> = new Set();

/** Marks every language uses; speakers are left to the narrator. */
const marksOnly: LanguageProfile = {
  ...english,
  code: 'und',
  attributes: false,
  reportingVerbs: none,
  hearerVerbs: none,
  phrasalVerbs: [],
  participles: none,
  subjectPronouns: {},
  genderedPossessives: {},
  titles: none,
  titleModifiers: none,
  titleGender: {},
  suffixes: none,
  particles: none,
  roleNouns: {},
  groupNouns: none,
  firstName: () => undefined,
};

/** A full profile from a language's quote data: its own words, nothing English but the shared place names. */
function fromData(data: QuoteLanguageData): LanguageProfile {
  // The finder's one-word checks also know the participle of each multi-word verb ("a déclaré" → "déclaré").
  const reportingVerbs = new Set([...data.reportingVerbs, ...data.phrasalVerbs.map((p) => p.split(' ').at(-1)!)]);
  return { ...marksOnly, ...data, reportingVerbs, attributes: true, titleModifiers: none, suffixes: none, orgWords: none, places: english.places };
}

const PROFILES: Readonly<Record<string, LanguageProfile>> = {
  en: english,
  ...Object.fromEntries(Object.entries(QUOTE_LANGUAGES).map(([code, data]) => [code, fromData(data)])),
};

/** The profile for a BCP 47 language tag ("en-GB" → English); marks only when the language has none. */
export function profileFor(language: string | undefined): LanguageProfile {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  return PROFILES[primary] ?? { ...marksOnly, code: primary };
}

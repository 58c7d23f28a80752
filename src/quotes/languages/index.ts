// Picks the language profile for an article; an unknown language finds quotes by their marks only.
import { english } from './en.js';
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

const PROFILES: Readonly<Record<string, LanguageProfile>> = { en: english };

/** The profile for a BCP 47 language tag ("en-GB" → English); marks only when the language has none. */
export function profileFor(language: string | undefined): LanguageProfile {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  return PROFILES[primary] ?? { ...marksOnly, code: primary };
}

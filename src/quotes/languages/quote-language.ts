// The quote words of one language other than English: marks, reporting verbs, pronouns, titles. Data only.

/** Gender of a person as the text tells it. */
export type QuoteGender = 'male' | 'female';

/**
 * One language's quote data, its fields named and typed as the quote finder's per-language profile
 * (`LanguageProfile`, being built on the quotes branch), so that a full profile is the English one's
 * structure with these fields laid over it.
 */
export interface QuoteLanguageData {
  /** BCP 47 primary subtag. */
  code: string;
  /** Opening mark → the marks that may close it, the proper one first. */
  quotePairs: Readonly<Record<string, readonly string[]>>;
  /** Finite reporting verbs ("sagte", "dijo"), lower case. */
  reportingVerbs: ReadonlySet<string>;
  /** Reporting verbs whose next noun is the hearer ("sagte der Zeitung"), lower case. */
  hearerVerbs: ReadonlySet<string>;
  /** Multi-word reporting verbs ("a déclaré", "ha detto"), lower case. */
  phrasalVerbs: readonly string[];
  /** Participles or gerunds that tie a quote to the clause subject ("ajoutant", "diciendo"). */
  participles: ReadonlySet<string>;
  /** Subject pronouns with gender and number. */
  subjectPronouns: Readonly<Record<string, { gender: QuoteGender | null; plural: boolean }>>;
  /** Possessives that say the owner's gender (German "sein"). */
  genderedPossessives: Readonly<Record<string, QuoteGender>>;
  /** Titles before a name, lower case without the final dot. */
  titles: ReadonlySet<string>;
  /** Titles that say the gender. */
  titleGender: Readonly<Record<string, QuoteGender>>;
  /** Lower-case particles inside surnames ("von", "de", "da"). */
  particles: ReadonlySet<string>;
  /** Nouns for people by role, with their gender when the word says it. */
  roleNouns: Readonly<Record<string, QuoteGender | null>>;
  /** Plural nouns for groups. */
  groupNouns: ReadonlySet<string>;
  /** Capitalised words that are never a name (sentence openers, weekdays, months), lower case. */
  notNames: ReadonlySet<string>;
  /** Prepositions: a name right after one is not a clause subject. */
  prepositions: ReadonlySet<string>;
  /** Determiners that open a description. */
  determiners: ReadonlySet<string>;
  /** Adverbs between a speaker and the verb. */
  speakerAdverbs: ReadonlySet<string>;
}

/** A set of the words of a string. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Role nouns from a list of neutral, female and male words. */
export function roles(neutral: string, female: string, male: string): Record<string, QuoteGender | null> {
  return {
    ...Object.fromEntries([...words(neutral)].map((w) => [w, null])),
    ...Object.fromEntries([...words(female)].map((w) => [w, 'female' as const])),
    ...Object.fromEntries([...words(male)].map((w) => [w, 'male' as const])),
  };
}

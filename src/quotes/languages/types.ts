// What quote finding needs to know about one language: its marks, and the words that tie a quote to a speaker.

/** Gender of a person as the text tells it. */
export type Gender = 'male' | 'female';

/** A pronoun's person features. */
export interface PronounInfo {
  gender: Gender | null;
  plural: boolean;
}

/**
 * One language's quote data. A profile without words (`attributes: false`) still finds quotes by their
 * marks, and leaves every speaker to the narrator.
 */
export interface LanguageProfile {
  /** BCP 47 primary subtag, e.g. "en". */
  code: string;
  /** Whether speakers are attributed at all (false: marks only, the narrator reads every quote). */
  attributes: boolean;
  /** Opening mark → the marks that may close it, the proper one first. Two-character marks (``, '') are allowed. */
  quotePairs: Readonly<Record<string, readonly string[]>>;
  /** Finite reporting verbs ("said", "warned"), lower case. */
  reportingVerbs: ReadonlySet<string>;
  /** Reporting verbs whose next noun is the hearer, not the speaker ("told Reuters", "asked the mayor"). */
  hearerVerbs: ReadonlySet<string>;
  /** Multi-word reporting verbs ("chimed in"), lower case. */
  phrasalVerbs: readonly string[];
  /** Participles that tie a quote to the clause subject ("…, saying"). */
  participles: ReadonlySet<string>;
  /** Subject pronouns with gender and number (object forms are left out: they never speak). */
  subjectPronouns: Readonly<Record<string, PronounInfo>>;
  /** Possessive and reflexive pronouns and their gender ("her friend", "himself"). */
  genderedPossessives: Readonly<Record<string, Gender>>;
  /** Titles and honorifics before a name, lower case without the final dot ("sen", "mayor"). */
  titles: ReadonlySet<string>;
  /** Words that may stand before a title inside a title phrase ("foreign", "deputy"). */
  titleModifiers: ReadonlySet<string>;
  /** Titles that say the gender ("mrs" → female). */
  titleGender: Readonly<Record<string, Gender>>;
  /** Name suffixes that belong to the name ("Jr.", "III"). */
  suffixes: ReadonlySet<string>;
  /** Lower-case particles inside surnames ("de", "van", "al"). */
  particles: ReadonlySet<string>;
  /** Nouns for people by role, with their gender when the word says it ("nurse", "wife"). */
  roleNouns: Readonly<Record<string, Gender | null>>;
  /** Plural nouns for groups a "they" can refer to. */
  groupNouns: ReadonlySet<string>;
  /** Capitalised words that are never a name (sentence openers, weekdays, months). */
  notNames: ReadonlySet<string>;
  /** Words that make a capitalised sequence an organisation, place or work. */
  orgWords: ReadonlySet<string>;
  /** Prepositions: a name right after one is not a clause subject. */
  prepositions: ReadonlySet<string>;
  /** Determiners that open a description ("a", "one", "another", "her"). */
  determiners: ReadonlySet<string>;
  /** Adverbs that may sit between a speaker and the verb ("later"). */
  speakerAdverbs: ReadonlySet<string>;
  /** Countries, regions and big places: a capitalised run holding one is not a person ("North Korea"). */
  places: ReadonlySet<string>;
  /** Gender of a first name: a gender, null when the name is used for both, undefined when not a first name. */
  firstName(word: string): Gender | null | undefined;
}

// What a language's reading rules are made of: number words, the words around numbers, abbreviations, sentence rules.

/** Number words of one locale (n2words behind it; see number-words.ts). */
export interface NumberWords {
  /** A non-negative integer given as digits ("2024"); at most 15 digits (longer runs are read in groups). */
  cardinal(digits: string): string;
  /** Ordinal words ("3" → "third", "dritte", "troisième"). */
  ordinal(digits: string): string;
}

/** What a pattern's match is replaced by: a replacement string or a function of the match and its groups. */
export type Replacement = string | ((match: string, ...groups: string[]) => string);

/** A currency as said in one language. */
export interface CurrencyWords {
  one: string;
  many: string;
  /** The hundredth part, plural ("cents", "centimes"). */
  cents: string;
}

/** Words that appear around numbers. */
export interface NumberContextWords {
  percent: string;
  minus: string;
  /** Between the ends of a range ("3-4%" → "three to four percent"). */
  range: string;
  /** Between the terms of a ratio or a score ("1:3"). */
  ratio: string;
  /** Between the terms of another "a/b" ("zwölf durch fünf"). */
  over: string;
  /** The decimal mark read aloud ("point", "Komma", "virgule"). */
  point: string;
  /** The dot in a web address ("dot", "Punkt"). */
  dot: string;
  /** "at" in an e-mail address. */
  at: string;
  and: string;
  plus: string;
  /** "1" before a counted noun ("one", "ein", "un"). */
  one: string;
  /** After the first digits of a very long number: how many more there are. */
  moreDigits(count: string): string;
}

/** Sentence-splitting data for a language. */
export interface SentenceRules {
  /** Abbreviations (lower case, without the final dot) that never end a sentence. */
  neverFinal: readonly string[];
  /** Abbreviations that may end a sentence; they do when the next word is an opener. */
  maybeFinal: readonly string[];
  /** Words (lower case) that commonly open a sentence. */
  openers: readonly string[];
  /** "3." before a word is an ordinal ("am 3. Oktober") unless the next word opens a sentence. */
  ordinalDot?: boolean;
}

/** Everything toSpoken needs to read one language the way a newsreader would. */
export interface LanguageRules {
  /** Primary language subtag ("de"). */
  code: string;
  /** The full locale used for Intl and number words ("de-DE", "en-GB"). */
  locale: string;
  numbers: NumberWords;
  /** Digits after the decimal mark: one by one ("zwei fünf") or as a number ("vingt-cinq"). */
  fractionDigits: 'one-by-one' | 'as-number';
  words: NumberContextWords;
  /** A year as said ("1998" → "nineteen ninety-eight", "neunzehnhundertachtundneunzig"). */
  year(digits: string): string;
  /** A calendar date; `before` is the text before it (German inflects the day after "am"). */
  date(day: number, month: number, year: string | null, before: string): string;
  /** A clock time. */
  time(hours: number, minutes: number): string;
  /** A fraction such as 2/3 ("two thirds"), or null when this language has no words for it. */
  fraction(numerator: number, denominator: number): string | null;
  /** Unit symbols → [singular, plural]. */
  units: Readonly<Record<string, readonly [string, string]>>;
  /** Currency symbols → words. */
  currencies: Readonly<Record<string, CurrencyWords>>;
  /** A whole amount and its cents ("three pounds" + "fifty" → "three pounds and fifty pence", "drei Euro fünfzig"). */
  money(main: string, cents: string, currency: CurrencyWords): string;
  /** A money amount with a scale word ("2,5 Millionen Euro", "2,5 millions d'euros"). */
  scaled(amount: string, scale: string, currency: CurrencyWords): string;
  /** Scale words that can follow an amount (lower case: million, Millionen, milliards...). */
  scaleWords: readonly string[];
  /** Abbreviations read in full, applied in order (each a global regular expression and its replacement). */
  abbreviations: ReadonlyArray<readonly [RegExp, Replacement]>;
  sentence: SentenceRules;
  /** Endings a lexicon word may take and still match ("Belarusian" + "s"). */
  inflections: readonly string[];
  /** Words after which a digit sequence is a phone number ("Telefon", "teléfono"), read digit by digit. */
  phoneWords: readonly string[];
  /** Words at which an over-long sentence may be cut (cut before them): "and", "but", "which". */
  clauseWords: readonly string[];
  /** How a censored word's dash is read ("f—" → "F blank"); null: just the letter. */
  censored: string | null;
  /** Steps of this language only, run before the numbers (English: titles, dates with month names, times). */
  beforeNumbers?(text: string): string;
  /** Ordinals as this language writes them ("23rd", "3.", "1er", "2.º"), run after units and before years. */
  ordinals?(text: string): string;
  /** Steps of this language only, run after the numbers (English: acronyms, regnal numerals). */
  afterNumbers?(text: string, options: { spellAcronyms: boolean }): string;
}

// Turns article text into what an engine should be given: plain typography, lexicon, expanded numbers and symbols, by language.
import { expandForSpeech } from './expand.js';
import { rulesFor } from './languages/index.js';
import { protectLexicon, type Lexicon } from './lexicon.js';
import { plainTypography } from './typography.js';

export interface SpeakableOptions {
  /** Spell acronyms letter by letter (BBC) and expand the rest; false for an engine that reads them well itself. Default true. */
  spellAcronyms?: boolean;
  /** Pronunciation lexicon (see src/text/lexicon.ts); none when omitted. */
  lexicon?: Lexicon;
  /** BCP 47 language of the text (default "en"); a language without rules leaves its digits to the engine. */
  language?: string;
}

/** The spoken form of a piece of article text. */
export function toSpoken(text: string, options: SpeakableOptions = {}): string {
  const rules = rulesFor(options.language ?? 'en');
  const plain = plainTypography(text, rules ? rules.censored : null);
  // Respellings are put back after everything else: nothing normalizes them again.
  const named = protectLexicon(plain, options.lexicon, rules?.inflections ?? []);
  return named.restore(expandForSpeech(named.text, { spellAcronyms: options.spellAcronyms ?? true, rules }));
}

// Turns article text into what an engine should be given: plain typography, lexicon, expanded numbers and symbols.
import { expandForSpeech } from './expand.js';
import { applyLexicon, type Lexicon } from './lexicon.js';
import { plainTypography } from './typography.js';

export interface SpeakableOptions {
  /** Spell acronyms letter by letter (BBC) and expand the rest; false for an engine that reads them well itself. Default true. */
  spellAcronyms?: boolean;
  /** Pronunciation lexicon (see src/text/lexicon.ts); none when omitted. */
  lexicon?: Lexicon;
}

/** The spoken form of a piece of article text. */
export function toSpoken(text: string, options: SpeakableOptions = {}): string {
  const plain = plainTypography(text);
  const named = applyLexicon(plain, options.lexicon);
  return expandForSpeech(named, { spellAcronyms: options.spellAcronyms ?? true });
}

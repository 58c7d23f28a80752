// Turns article text into what an engine should be given: plain typography, lexicon, expanded numbers and symbols.
import { expandForSpeech } from './expand.js';
import { applyLexicon, type Lexicon } from './lexicon.js';
import { plainTypography } from './typography.js';

export interface SpeakableOptions {
  /** Engine id: engines differ in what they mispronounce. */
  engine: string;
  /** Pronunciation lexicon (see src/text/lexicon.ts); none when omitted. */
  lexicon?: Lexicon;
}

/** Engines that read acronyms and numbers well themselves get less rewriting. */
const LIGHT_TOUCH = new Set(['say']);

/** The spoken form of a piece of article text. */
export function toSpoken(text: string, options: SpeakableOptions): string {
  const plain = plainTypography(text);
  const named = applyLexicon(plain, options.lexicon);
  return expandForSpeech(named, { spellAcronyms: !LIGHT_TOUCH.has(options.engine) });
}

// Number words per locale from n2words (maintained, 71 languages), with the few fixes a newsreader needs.
import * as deDE from 'n2words/de-DE';
import * as enGB from 'n2words/en-GB';
import * as enUS from 'n2words/en-US';
import * as esES from 'n2words/es-ES';
import * as frFR from 'n2words/fr-FR';
import * as itIT from 'n2words/it-IT';
import * as ptPT from 'n2words/pt-PT';
import type { NumberWords } from './languages/rules.js';

interface N2words {
  toCardinal(value: string): string;
  toOrdinal(value: string): string;
}

/** Longest integer read as one number; n2words breaks past the quadrillions in some languages, and nobody says them. */
export const MAX_CARDINAL_DIGITS = 15;

/** Number words for an n2words module, with leading zeros dropped and ordinal 0 read as the cardinal. */
function wordsOf(module: N2words, fix: (words: string) => string = (w) => w): NumberWords {
  const clean = (digits: string) => digits.replace(/^0+(?=\d)/, '');
  return {
    cardinal: (digits) => fix(module.toCardinal(clean(digits))),
    ordinal: (digits) => (/^0+$/.test(digits) ? fix(module.toCardinal('0')) : fix(module.toOrdinal(clean(digits)))),
  };
}

/** Brazilian forms where n2words has only European Portuguese ("dezasseis" → "dezesseis", "mil milhões" → "bilhões"). */
function brazilian(words: string): string {
  return words
    .replace(/dezass/g, 'dezess')
    .replace(/dezanove/g, 'dezenove')
    .replace(/\bbilião\b/g, 'trilhão')
    .replace(/\bbiliões\b/g, 'trilhões')
    .replace(/\bmil milhões\b/g, 'bilhões')
    .replace(/\bum bilhões\b/g, 'um bilhão');
}

export const NUMBER_WORDS = {
  enUS: wordsOf(enUS),
  enGB: wordsOf(enGB),
  de: wordsOf(deDE),
  fr: wordsOf(frFR),
  es: wordsOf(esES),
  it: wordsOf(itIT),
  pt: wordsOf(ptPT),
  ptBR: wordsOf(ptPT, brazilian),
} as const;

/** Each digit as its word ("042" → "zero four two"). */
export function digitByDigit(digits: string, words: NumberWords): string {
  return [...digits].map((d) => words.cardinal(d)).join(' ');
}

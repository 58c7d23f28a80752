// Steps Spanish, Italian and Portuguese share: ordinal indicators ("1.º", "2ª", "1° maggio") and Roman numerals after names.
import { romanValue, ROMAN_2_TO_30 } from './roman.js';
import type { NumberWords } from './rules.js';

/** The feminine of a masculine ordinal ("primero" → "primera", "vigésimo primero" → "vigésima primera"). */
export function feminine(ordinal: string): string {
  return ordinal.replace(/o\b/g, 'a');
}

/**
 * "1.º"/"1º" (masculine), "2.ª"/"2ª" (feminine), and "1°" before a month ("1° maggio", "1° de mayo"): the
 * degree sign stands for º there, and is a degree everywhere else.
 */
export function expandOrdinalIndicators(text: string, words: NumberWords, monthSource: string, masculineFirst?: string): string {
  const beforeMonth = new RegExp(`\\b(\\d{1,2})°(?=\\s+(?:de\\s+)?(?:${monthSource})\\b)`, 'giu');
  const first = (n: string) => (n === '1' && masculineFirst ? masculineFirst : words.ordinal(n));
  return text
    .replace(beforeMonth, (_m, n: string) => first(n))
    .replace(/\b(\d+)\.?º/g, (_m, n: string) => words.ordinal(n))
    .replace(/\b(\d+)\.?ª/g, (_m, n: string) => feminine(words.ordinal(n)));
}

/**
 * Roman numerals after a capitalized word: a century word ("siglo XXI") or a name ("Felipe VI", "Giovanni Paolo II").
 * `centuryAsCardinal`: Spanish and Portuguese say centuries past ten as cardinals ("siglo veintiuno").
 */
export function expandRomanAfterNames(text: string, words: NumberWords, centuryWords: readonly string[], centuryAsCardinal: boolean): string {
  const centuries = centuryWords.length ? new RegExp(`\\b(${centuryWords.join('|')})\\s+(${ROMAN_2_TO_30}|I)\\b`, 'giu') : null;
  const withCenturies = centuries
    ? text.replace(centuries, (_m, word: string, roman: string) => {
        const n = romanValue(roman);
        return `${word} ${centuryAsCardinal && n > 10 ? words.cardinal(String(n)) : words.ordinal(String(n))}`;
      })
    : text;
  return withCenturies.replace(new RegExp(`(\\p{Lu}\\p{Ll}+) (${ROMAN_2_TO_30})\\b`, 'gu'), (_m, name: string, roman: string) => {
      const n = romanValue(roman);
      return `${name} ${n > 10 && centuryAsCardinal ? words.cardinal(String(n)) : words.ordinal(String(n))}`;
    });
}

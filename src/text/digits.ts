// Digit strings that are not quantities: phone numbers (digit by digit) and very long runs (bounded).
import type { LanguageRules } from './languages/rules.js';
import { speakInteger } from './number-format.js';
import { digitByDigit, MAX_CARDINAL_DIGITS } from './number-words.js';

/** "+49 (0)30 1234567", "+1 555 123 4567". */
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\)|[ .-]\d{1,5}){2,6}(?![\d])/g;
/** "(555) 123-4567", "555-123-4567", "1-800-555-0199". */
const NORTH_AMERICAN = /(?<![\w-])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])/g;
/** "030 1234567", "01 23 45 67 89", "020 7946 0958": a leading zero, then groups. */
const LOCAL = /(?<![\w.,/-])0\d{1,4}(?:[ /-]\d{2,8}){1,4}(?![\w/-])/g;
const RUN = new RegExp(`\\d{${MAX_CARDINAL_DIGITS + 1},}`, 'g');

const afterPhoneWord = new WeakMap<LanguageRules, RegExp>();

/** Digits after a phone word of the language ("teléfono 912 345 678"): a phone number whatever its grouping. */
function phoneWordPattern(rules: LanguageRules): RegExp {
  let found = afterPhoneWord.get(rules);
  if (!found) {
    const words = rules.phoneWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)';
    found = new RegExp(`((?<!\\p{L})(?:${words})(?!\\p{L})\\.?:?\\s+(?:\\p{L}{1,3}\\s+)?)(\\+?\\(?\\d[\\d ./()-]{4,}\\d)(?![\\d])`, 'giu');
    afterPhoneWord.set(rules, found);
  }
  return found;
}

/** Read phone numbers digit by digit, a pause between groups. */
export function expandPhoneNumbers(text: string, rules: LanguageRules): string {
  const read = (phone: string) => {
    const groups = phone.replace(/\(0\)/g, ' ').match(/\+|\d+/g) ?? [];
    const spoken = groups.filter((g) => g !== '+').map((g) => digitByDigit(g, rules.numbers)).join(', ');
    return groups[0] === '+' ? `${rules.words.plus} ${spoken}` : spoken;
  };
  return text
    .replace(phoneWordPattern(rules), (m, lead: string, phone: string) => (digitCount(phone) >= 6 ? `${lead}${read(phone)}` : m))
    .replace(INTERNATIONAL, (m) => (digitCount(m) >= 8 ? read(m) : m))
    .replace(NORTH_AMERICAN, read)
    .replace(LOCAL, (m) => (digitCount(m) >= 9 && digitCount(m) <= 12 ? read(m) : m));
}

/** Runs of digits too long to be one number: groups of three, and past 30 digits only the first twelve. */
export function expandLongRuns(text: string, rules: LanguageRules): string {
  return text.replace(RUN, (run) => speakInteger(run, rules));
}

/**
 * For a language without rules: the engine reads digits itself, but never minutes of them. A long run
 * keeps its first twelve digits in groups of three (the engine reads each group in its own language).
 */
export function boundDigitRuns(text: string): string {
  return text.replace(RUN, (run) => `${run.slice(0, 12).match(/\d{3}/g)!.join(' ')} ...`);
}

function digitCount(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

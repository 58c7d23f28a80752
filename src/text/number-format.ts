// Numbers as a locale writes them ("1,234.5", "1.234,5", "1 234,5") and as a newsreader says them.
import type { LanguageRules } from './languages/rules.js';
import { digitByDigit, MAX_CARDINAL_DIGITS } from './number-words.js';

/** How one locale writes numbers, from Intl. */
export interface NumberFormat {
  group: string;
  decimal: string;
  /** Regular-expression source matching one written number (no sign). */
  source: string;
}

const cache = new Map<string, NumberFormat>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The separators of a locale as Intl formats them; a space-like group mark is matched as a plain space (typography made it one). */
export function numberFormat(locale: string): NumberFormat {
  let found = cache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const raw = parts.find((p) => p.type === 'group')?.value ?? ',';
    const group = /\s/u.test(raw) ? ' ' : raw === '’' ? "'" : raw;
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const g = escape(group);
    const d = escape(decimal);
    found = { group, decimal, source: `\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d+${d}\\d+|\\d+` };
    cache.set(locale, found);
  }
  return found;
}

/** Whole and fractional digits of a written number. */
export function parseNumber(text: string, format: NumberFormat): { whole: string; fraction: string } {
  const [whole = '', fraction = ''] = text.split(format.decimal);
  return { whole: whole.split(format.group).join(''), fraction };
}

/** The value of a written number, for comparisons (the ends of a range). */
export function numberValue(text: string, format: NumberFormat): number {
  const { whole, fraction } = parseNumber(text, format);
  return Number(`${whole}.${fraction || '0'}`);
}

/**
 * An integer as words; past MAX_CARDINAL_DIGITS in groups of three digits, and past 30 digits only the
 * first twelve and how many more there are (a 5,000-digit number is a few seconds, not 24 minutes).
 */
export function speakInteger(digits: string, rules: LanguageRules): string {
  if (digits.length <= MAX_CARDINAL_DIGITS) return rules.numbers.cardinal(digits);
  const shown = digits.length > 30 ? digits.slice(0, 12) : digits;
  const groups = shown.match(/\d{1,3}/g)!.map((g) => digitByDigit(g, rules.numbers));
  const rest = digits.length - shown.length;
  return rest > 0 ? `${groups.join(', ')}, ${rules.words.moreDigits(rules.numbers.cardinal(String(rest)))}` : groups.join(', ');
}

/** A written number as words ("14.5" → "fourteen point five"; "3,25" → "trois virgule vingt-cinq"). */
export function speakNumber(text: string, rules: LanguageRules, format: NumberFormat): string {
  const { whole, fraction } = parseNumber(text, format);
  const head = speakInteger(whole || '0', rules);
  if (!fraction) return head;
  return `${head} ${rules.words.point} ${speakFraction(fraction, rules)}`;
}

function speakFraction(digits: string, rules: LanguageRules): string {
  if (rules.fractionDigits === 'one-by-one' || digits.length > 3) return digitByDigit(digits.slice(0, 30), rules.numbers);
  // "3,05" → "trois virgule zéro cinq": leading zeros are said.
  const zeros = /^0*/.exec(digits)![0];
  const rest = digits.slice(zeros.length);
  return [digitByDigit(zeros, rules.numbers), rest ? rules.numbers.cardinal(rest) : ''].filter(Boolean).join(' ');
}

/** A number before a counted noun: "1" is the language's "one" form ("ein Prozent", "un euro"). */
export function speakCount(text: string, rules: LanguageRules, format: NumberFormat): string {
  return text === '1' ? rules.words.one : speakNumber(text, rules, format);
}

/** Is the written number exactly one (singular noun)? */
export function isOne(text: string): boolean {
  return text === '1';
}

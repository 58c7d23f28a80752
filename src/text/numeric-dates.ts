// Numbers joined by "-", "/", "." or ":": dates, "24/7", fractions, clock times, ranges and ratios, read by language.
import type { LanguageRules } from './languages/rules.js';
import { numberValue, type NumberFormat } from './number-format.js';

/** Day/month order of numeric dates in a locale, from Intl ("en-US" → month first, "en-GB" and most others day first). */
export function dateOrder(locale: string): 'dmy' | 'mdy' | 'ymd' {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(2024, 4, 12));
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0]).join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

const validDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Day and month from two numbers in the locale's order, or in the other order when that is the only valid one. */
function dayMonth(a: number, b: number, locale: string): [number, number] | null {
  const monthFirst = dateOrder(locale) === 'mdy';
  const [d, m] = monthFirst ? [b, a] : [a, b];
  if (validDay(d, m)) return [d, m];
  return validDay(m, d) ? [m, d] : null;
}

/** "2024-05-12", "12/05/2024", "12.05.2024", "12/05/24". */
export function expandNumericDates(text: string, rules: LanguageRules): string {
  return text
    .replace(/(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (m: string, ...[y, mo, d, at, all]: [string, string, string, number, string]) =>
      validDay(Number(d), Number(mo)) ? rules.date(Number(d), Number(mo), y, all.slice(0, at)) : m,
    )
    .replace(/(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.,]\d)/g, (m: string, ...[a, , b, y, at, all]: [string, string, string, string, number, string]) => {
      const dm = dayMonth(Number(a), Number(b), rules.locale);
      return dm ? rules.date(dm[0], dm[1], y, all.slice(0, at)) : m;
    });
}

/** "24/7", "9/11", "2/3", "50/50", "25/12" without a year, "2023/24" (a season). */
export function expandSlashes(text: string, rules: LanguageRules): string {
  const say = (n: number) => rules.numbers.cardinal(String(n));
  return text.replace(/(?<![\d/.,])(\d{1,4})\/(\d{1,3})(?![\d/]|[.,]\d)/g, (_m, a: string, b: string, at: number, all: string) => {
    const [x, y] = [Number(a), Number(b)];
    if (a.length === 4) return yearRange(a, b, rules) ?? `${say(x)} ${rules.words.over} ${say(y)}`;
    if ((x === 24 && y === 7) || (x === 9 && y === 11)) return `${say(x)} ${say(y)}`;
    if (x >= 1 && x < y) {
      const fraction = rules.fraction(x, y);
      if (fraction) return fraction;
    }
    if (x === y) return `${say(x)}-${say(y)}`;
    const dm = a.length <= 2 && b.length <= 2 ? dayMonth(x, y, rules.locale) : null;
    return dm ? rules.date(dm[0], dm[1], null, all.slice(0, at)) : `${say(x)} ${rules.words.over} ${say(y)}`;
  });
}

/** "2023-24" → "twenty twenty-three to twenty-four" (the second year's last two digits after the first). */
function yearRange(first: string, second: string, rules: LanguageRules): string | null {
  if (second.length !== 2 || Number(second) <= Number(first.slice(2))) return null;
  const tail = rules.code === 'en' && second.startsWith('0') ? `oh ${rules.numbers.cardinal(second)}` : rules.numbers.cardinal(second);
  return `${rules.year(first)} ${rules.words.range} ${tail}`;
}

/** Clock times "14:30" (the language's own forms, "14 Uhr", "14h30", run in its steps before). */
export function expandTimes(text: string, rules: LanguageRules): string {
  return text.replace(/(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, (_m, h: string, m: string) => rules.time(Number(h), Number(m)));
}

/** Ranges ("3-4%", "10-12", "2023-24") as "3 to 4": the numbers themselves are read by the later steps. */
export function expandRanges(text: string, rules: LanguageRules, format: NumberFormat): string {
  const num = `(?:${format.source})`;
  const range = new RegExp(`(?<![\\d.,:/-])(${num})\\s?-\\s?(${num})(?![\\d-]|[.,]\\d)`, 'g');
  return text
    .replace(/(?<![\d.,:/-])(1\d{3}|20\d{2})-(\d{2})(?![\d-]|[.,]\d)/g, (m, a: string, b: string) => yearRange(a, b, rules) ?? m)
    .replace(range, (m, a: string, b: string) => (numberValue(a, format) < numberValue(b, format) ? `${a} ${rules.words.range} ${b}` : m));
}

/** Ratios and scores ("1:3", "2:1"); clock times were read before. */
export function expandRatios(text: string, rules: LanguageRules): string {
  return text.replace(/(?<![\d.,:])(\d{1,3}):(\d{1,3})(?![\d:])/g, (_m, a: string, b: string) =>
    `${rules.numbers.cardinal(a)} ${rules.words.ratio} ${rules.numbers.cardinal(b)}`,
  );
}

// Numbers in running text read by a language's rules: the order of the steps matters (phones before ranges, ranges before "p.m.").
import { expandLongRuns, expandPhoneNumbers } from './digits.js';
import type { LanguageRules } from './languages/rules.js';
import { numberFormat, speakCount, speakNumber, type NumberFormat } from './number-format.js';
import { expandNumericDates, expandRanges, expandRatios, expandSlashes, expandTimes } from './numeric-dates.js';

/** Patterns built from a language's data, compiled once per language. */
interface Compiled {
  format: NumberFormat;
  moneyBefore: RegExp;
  moneyAfter: RegExp;
  percent: RegExp;
  units: RegExp | null;
  number: RegExp;
}

const compiled = new WeakMap<LanguageRules, Compiled>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(rules: LanguageRules): Compiled {
  let found = compiled.get(rules);
  if (found) return found;
  const format = numberFormat(rules.locale);
  const num = `(?:${format.source})`;
  const symbols = Object.keys(rules.currencies).sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const scales = [...rules.scaleWords].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const unitKeys = Object.keys(rules.units).sort((a, b) => b.length - a.length).map(escape);
  found = {
    format,
    moneyBefore: new RegExp(`(${symbols})\\s?(${num})(?:\\s?(${scales})(?![\\p{L}]))?`, 'giu'),
    moneyAfter: new RegExp(`(?<![\\d.,])(${num})(?:\\s(${scales}))?\\s?(${symbols})`, 'giu'),
    percent: new RegExp(`(${num})\\s?%`, 'g'),
    units: unitKeys.length ? new RegExp(`(${num})\\s?(${unitKeys.join('|')})(?![\\p{L}\\d])`, 'gu') : null,
    number: new RegExp(`(?<![\\p{L}\\d])(?:${format.source})(?![\\p{L}\\d])`, 'gu'),
  };
  compiled.set(rules, found);
  return found;
}

/** Every number of a sentence as words in the rules' language. */
export function expandNumerals(input: string, rules: LanguageRules): string {
  const c = compile(rules);
  const say = (n: string) => speakNumber(n, rules, c.format);
  let text = expandLongRuns(expandPhoneNumbers(input, rules), rules);
  text = expandRanges(expandNumericDates(text, rules), rules, c.format);
  if (rules.beforeNumbers) text = rules.beforeNumbers(text);
  text = expandRatios(expandTimes(expandSlashes(text, rules), rules), rules);
  // A minus sign before a number ("-5°C"), not a hyphen inside a word or a range.
  text = text.replace(/(^|[\s(\[/])[-−](?=\d)/g, `$1${rules.words.minus} `);

  text = text.replace(c.moneyBefore, (_m, sym: string, n: string, scale?: string) => money(n, scale, sym, rules, c.format));
  text = text.replace(c.moneyAfter, (_m, n: string, scale: string | undefined, sym: string) => money(n, scale, sym, rules, c.format));
  text = text.replace(c.percent, (_m, n: string) => `${speakCount(n, rules, c.format)} ${rules.words.percent}`);
  if (c.units) {
    text = text.replace(c.units, (_m, n: string, unit: string) => {
      const [one, many] = rules.units[unit]!;
      return n === '1' ? `${rules.words.one} ${one}` : `${say(n)} ${many}`;
    });
  }
  if (rules.ordinals) text = rules.ordinals(text);
  text = text.replace(/(?<![\d,.$])\b(1[1-9]\d\d|20\d\d)\b(?![,.]?\d|\s?%)/g, (_m, y: string) => rules.year(y));
  return text.replace(c.number, (n) => say(n));
}

function money(amount: string, scale: string | undefined, symbol: string, rules: LanguageRules, format: NumberFormat): string {
  const currency = rules.currencies[symbol] ?? rules.currencies[symbol.toUpperCase()]!;
  if (scale) return rules.scaled(speakNumber(amount, rules, format), scale, currency);
  const [whole, cents] = [amount.split(format.decimal)[0]!, amount.split(format.decimal)[1]];
  const main = `${speakCount(whole, rules, format)} ${whole === '1' ? currency.one : currency.many}`;
  if (cents === undefined || /^0+$/.test(cents)) return main;
  if (cents.length !== 2) return `${speakNumber(amount, rules, format)} ${currency.many}`;
  return rules.money(main, rules.numbers.cardinal(cents), currency);
}

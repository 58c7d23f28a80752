// English: number words (US or UK), dates, times, money and the English-only steps (titles, acronyms, regnal numbers).
import { NUMBER_WORDS } from '../number-words.js';
import { dateOrder } from '../numeric-dates.js';
import { expandEnglishAcronyms, expandEnglishWrittenDates, expandEnglishOrdinals } from './en-steps.js';
import { monthNames } from './months.js';
import type { LanguageRules, NumberWords } from './rules.js';

const UNITS: Record<string, readonly [string, string]> = {
  km: ['kilometer', 'kilometers'], kg: ['kilogram', 'kilograms'], cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'], m: ['meter', 'meters'], mi: ['mile', 'miles'], ft: ['foot', 'feet'],
  lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], mph: ['mile per hour', 'miles per hour'],
  'km/h': ['kilometer per hour', 'kilometers per hour'], kph: ['kilometer per hour', 'kilometers per hour'],
  '°C': ['degree Celsius', 'degrees Celsius'], '°F': ['degree Fahrenheit', 'degrees Fahrenheit'], '°': ['degree', 'degrees'],
  kW: ['kilowatt', 'kilowatts'], MW: ['megawatt', 'megawatts'], GW: ['gigawatt', 'gigawatts'], min: ['minute', 'minutes'], hrs: ['hour', 'hours'],
};

const CURRENCIES = {
  $: { one: 'dollar', many: 'dollars', cents: 'cents' }, '£': { one: 'pound', many: 'pounds', cents: 'pence' },
  '€': { one: 'euro', many: 'euros', cents: 'cents' }, '¥': { one: 'yen', many: 'yen', cents: 'sen' },
  '₴': { one: 'hryvnia', many: 'hryvnias', cents: 'kopiyok' }, '₽': { one: 'ruble', many: 'rubles', cents: 'kopecks' },
  '₹': { one: 'rupee', many: 'rupees', cents: 'paise' },
};
const SCALE: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };

const TITLES: Record<string, string> = {
  Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Dr: 'Doctor', Prof: 'Professor', Gen: 'General', Sen: 'Senator',
  Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain',
  Adm: 'Admiral', Maj: 'Major', Mt: 'Mount', Ft: 'Fort', Rev: 'Reverend', Pres: 'President', Supt: 'Superintendent',
};
/** A capital or a protected lexicon word (see protect.ts) follows a title. */
const NAME_AHEAD = '(?=\\s+[A-Z\\uE000])';

const ABBREVIATIONS: LanguageRules['abbreviations'] = [
  [new RegExp(`\\b(${Object.keys(TITLES).join('|')})\\.${NAME_AHEAD}`, 'g'), (_m, title) => TITLES[title!]!],
  [new RegExp(`\\bSt\\.${NAME_AHEAD}`, 'g'), 'Saint'],
  [/\b([A-Z][a-z]+) St\b\.?/g, '$1 Street'],
  [/\bJr\./g, 'Junior'],
  [/\bSr\./g, 'Senior'],
  [/\bvs?\.(?=\s)/g, 'versus'],
  // Citations: "No. 5", "Vol. 3", "pp. 12-14", "c. 1900".
  [/\bNos\.\s?(?=\d)/g, 'numbers '],
  [/\bNo\.\s?(?=\d)/g, 'number '],
  [/\b[Vv]ols\.\s?(?=\d)/g, 'volumes '],
  [/\b[Vv]ol\.\s?(?=\d)/g, 'volume '],
  [/\bpp\.\s?(?=\d)/g, 'pages '],
  [/\bp\.\s?(?=\d)/g, 'page '],
  [/\b[Cc]h\.\s?(?=\d)/g, 'chapter '],
  [/\b[Ff]ig\.\s?(?=\d)/g, 'figure '],
  [/(?<![\p{L}.])(?:c|ca)\.\s?(?=\d)/gu, 'circa '],
  [/\bapprox\.(?=\s)/g, 'approximately'],
  [/\bet al\./g, 'and others'],
  [/\bcf\.(?=\s)/g, 'compare'],
  [/\be\.g\./gi, 'for example'],
  [/\bi\.e\./gi, 'that is'],
  [/#(?=\w)/g, 'number '],
];

function englishYear(words: NumberWords, digits: string): string {
  const n = Number(digits);
  if (digits.length !== 4 || (n % 1000 < 10 && n >= 2000)) return words.cardinal(digits);
  const [hi, lo] = [Math.floor(n / 100), n % 100];
  if (lo === 0) return `${words.cardinal(String(hi))} hundred`;
  return `${words.cardinal(String(hi))} ${lo < 10 ? 'oh ' : ''}${words.cardinal(String(lo))}`;
}

function clock(words: NumberWords, h: number, m: number): string {
  const hour = words.cardinal(String(h));
  if (!m) return hour;
  return m < 10 ? `${hour} oh ${words.cardinal(String(m))}` : `${hour} ${words.cardinal(String(m))}`;
}

/** English rules for a locale ("en-US" says dates month first and no "and" in numbers; "en-GB" the other way). */
export function englishRules(locale: string): LanguageRules {
  const numbers = /^en-(GB|IE|AU|NZ|ZA|IN)/i.test(locale) ? NUMBER_WORDS.enGB : NUMBER_WORDS.enUS;
  const months = monthNames('en-US');
  const monthFirst = dateOrder(locale) === 'mdy';
  const year = (digits: string) => englishYear(numbers, digits);
  return {
    code: 'en',
    locale,
    numbers,
    fractionDigits: 'one-by-one',
    words: {
      percent: 'percent', minus: 'minus', range: 'to', ratio: 'to', over: 'over', point: 'point', dot: 'dot', at: 'at',
      and: 'and', plus: 'plus', one: 'one', moreDigits: (n) => `and ${n} more digits`,
    },
    year,
    date(day, month, y, before) {
      const name = months[month - 1]!;
      const tail = y ? `, ${y.length === 4 ? year(y) : numbers.cardinal(y)}` : '';
      if (monthFirst) return `${name} ${numbers.ordinal(String(day))}${tail}`;
      return `${/\bthe\s$/i.test(before) ? '' : 'the '}${numbers.ordinal(String(day))} of ${name}${tail}`;
    },
    time: (h, m) => (m === 0 && h > 12 ? `${numbers.cardinal(String(h))} hundred` : m === 0 ? `${numbers.cardinal(String(h))} o'clock` : clock(numbers, h, m)),
    fraction(n, d) {
      if (d > 20) return null;
      const unit = d === 2 ? (n === 1 ? 'half' : 'halves') : d === 4 ? (n === 1 ? 'quarter' : 'quarters') : `${numbers.ordinal(String(d))}${n === 1 ? '' : 's'}`;
      return `${numbers.cardinal(String(n))} ${unit}`;
    },
    units: UNITS,
    currencies: CURRENCIES,
    money: (main, cents, currency) => `${main} and ${cents} ${currency.cents}`,
    scaled: (amount, scale, currency) => `${amount} ${SCALE[scale.toLowerCase()] ?? scale.toLowerCase()} ${currency.many}`,
    scaleWords: ['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'tn', 'k', 'm', 'b'],
    abbreviations: ABBREVIATIONS,
    sentence: {
      neverFinal: (
        'mr mrs ms dr prof st mt ft gen sen rep gov lt col sgt capt cmdr adm maj pres supt insp det rev fr hon ' +
        'jr sr no nos vs v fig approx dept est inc co corp ltd bros e.g i.e cf al ca vol vols pp ch' +
        ' jan feb mar apr jun jul aug sep sept oct nov dec'
      ).split(' '),
      maybeFinal: ['a.m', 'p.m', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr'],
      openers: (
        'the a an he she it they we i you his her its their our this that these those there then but and so yet ' +
        'in on at as after before when while if although though however meanwhile still also since because for ' +
        'some many most one two no not what who why how mr mrs ms dr officials police authorities'
      ).split(' '),
    },
    inflections: ['s', 'es'],
    phoneWords: ['phone', 'telephone', 'call', 'tel', 'hotline', 'fax', 'helpline'],
    clauseWords: 'and but or which who whom whose because while although though whereas so yet when where after before since unless until'.split(' '),
    censored: 'blank',
    beforeNumbers: (text) => expandEnglishWrittenDates(text, numbers),
    ordinals: (text) => expandEnglishOrdinals(text, numbers, year),
    afterNumbers: (text, options) => expandEnglishAcronyms(text, numbers, options.spellAcronyms),
  };
}

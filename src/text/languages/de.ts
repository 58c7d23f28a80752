// German: "am 3. Oktober", "14.30 Uhr", "3,5 Prozent", "1998" as "neunzehnhundertachtundneunzig", "z. B.", "Mio.".
import { NUMBER_WORDS } from '../number-words.js';
import { monthNames, monthPattern } from './months.js';
import type { LanguageRules } from './rules.js';

const words = NUMBER_WORDS.de;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const UNITS: Record<string, readonly [string, string]> = {
  km: ['Kilometer', 'Kilometer'], kg: ['Kilogramm', 'Kilogramm'], cm: ['Zentimeter', 'Zentimeter'], mm: ['Millimeter', 'Millimeter'],
  m: ['Meter', 'Meter'], 'km/h': ['Kilometer pro Stunde', 'Kilometer pro Stunde'], 'km²': ['Quadratkilometer', 'Quadratkilometer'],
  'm²': ['Quadratmeter', 'Quadratmeter'], '°C': ['Grad Celsius', 'Grad Celsius'], '°F': ['Grad Fahrenheit', 'Grad Fahrenheit'],
  '°': ['Grad', 'Grad'], kW: ['Kilowatt', 'Kilowatt'], MW: ['Megawatt', 'Megawatt'], GW: ['Gigawatt', 'Gigawatt'], t: ['Tonne', 'Tonnen'], h: ['Stunde', 'Stunden'], min: ['Minute', 'Minuten'],
};

/** "der 3." → "dritte", "am 3." → "dritten", "3. Oktober" alone → "dritter". */
function inflectedOrdinal(digits: string, before: string, beforeMonth: boolean): string {
  const ordinal = words.ordinal(digits);
  if (/\b(?:der|die|das)\s*$/i.test(before)) return ordinal;
  if (/\b(?:am|im|vom|zum|beim|dem|den|des|seit|bis|ab|zur|vor|nach)\s*$/i.test(before)) return `${ordinal}n`;
  return beforeMonth ? `${ordinal}r` : `${ordinal}n`;
}

/** 1100-1999 as hundreds ("neunzehnhundertachtundneunzig"); other years as numbers. */
function germanYear(digits: string): string {
  const n = Number(digits);
  if (digits.length !== 4 || n < 1100 || n > 1999) return words.cardinal(digits);
  return `${words.cardinal(String(Math.floor(n / 100)))}hundert${n % 100 ? words.cardinal(String(n % 100)) : ''}`;
}

const hour = (h: number) => (h === 1 ? 'ein' : words.cardinal(String(h)));
const time = (h: number, m: number) => `${hour(h)} Uhr${m ? ` ${words.cardinal(String(m))}` : ''}`;
const MONTH = monthPattern('de-DE');
const ORDINAL_DOT = new RegExp(`(?<![\\d.,])(\\d{1,3})\\.(?=\\s+(\\p{L}+))`, 'gu');
const MONTH_AHEAD = new RegExp(`^(?:${MONTH}|Jänner)$`, 'i');

/** German rules (de-DE, de-AT, de-CH: separators from Intl). */
export function germanRules(locale: string): LanguageRules {
  const months = monthNames(locale);
  return {
    code: 'de',
    locale,
    numbers: words,
    fractionDigits: 'one-by-one',
    words: {
      percent: 'Prozent', minus: 'minus', range: 'bis', ratio: 'zu', over: 'durch', point: 'Komma', dot: 'Punkt', at: 'ät',
      and: 'und', plus: 'plus', one: 'ein', moreDigits: (n) => `und ${n} weitere Ziffern`,
    },
    year: germanYear,
    date: (day, month, y, before) =>
      `${inflectedOrdinal(String(day), before, true)} ${months[month - 1]}${y ? ` ${y.length === 4 ? germanYear(y) : words.cardinal(y)}` : ''}`,
    time,
    fraction(n, d) {
      if (d > 100) return null;
      const count = n === 1 ? 'ein' : words.cardinal(String(n));
      return d === 2 ? (n === 1 ? 'ein halb' : `${count} halbe`) : `${count} ${cap(words.ordinal(String(d)).replace(/e$/, 'el'))}`;
    },
    units: UNITS,
    currencies: {
      '€': { one: 'Euro', many: 'Euro', cents: 'Cent' }, $: { one: 'Dollar', many: 'Dollar', cents: 'Cent' },
      '£': { one: 'Pfund', many: 'Pfund', cents: 'Pence' },
    },
    money: (main, cents) => `${main} ${cents}`,
    scaled: (amount, scale, currency) => `${amount} ${scale} ${currency.many}`,
    scaleWords: ['Tausend', 'Millionen', 'Million', 'Milliarden', 'Milliarde', 'Billionen', 'Billion'],
    abbreviations: [
      [/\b1\s?Mio\.(?=\s|$)/g, 'eine Million'], [/\b1\s?Mrd\.(?=\s|$)/g, 'eine Milliarde'],
      [/\b1 (Million|Milliarde|Billion)\b/g, 'eine $1'],
      [/(?<=\d)\s?Mio\.(?=\s|$)/g, ' Millionen'], [/(?<=\d)\s?Mrd\.(?=\s|$)/g, ' Milliarden'], [/(?<=\d)\s?Tsd\.(?=\s|$)/g, ' Tausend'],
      [/\bz\.\s?B\./g, 'zum Beispiel'], [/\bd\.\s?h\./g, 'das heißt'], [/\bu\.\s?a\./g, 'unter anderem'], [/\bv\.\s?a\./g, 'vor allem'],
      [/\bu\.\s?U\./g, 'unter Umständen'], [/\bo\.\s?Ä\./g, 'oder Ähnliches'], [/\bs\.\s?o\./g, 'siehe oben'],
      [/\bv\.\s?Chr\./g, 'vor Christus'], [/\bn\.\s?Chr\./g, 'nach Christus'],
      [/\busw\./g, 'und so weiter'], [/\bbzw\./g, 'beziehungsweise'], [/\bca\.(?=\s)/g, 'zirka'], [/\bvgl\./g, 'vergleiche'],
      [/\bevtl\./g, 'eventuell'], [/\bggf\./g, 'gegebenenfalls'], [/\binkl\./g, 'inklusive'], [/\bzzgl\./g, 'zuzüglich'],
      [/\bmind\./g, 'mindestens'], [/\betc\./g, 'et cetera'], [/\bJh\.(?=\s|$)/g, 'Jahrhundert'], [/\bJhs\./g, 'Jahrhunderts'],
      [/\bDr\.(?=\s)/g, 'Doktor'], [/\bProf\.(?=\s)/g, 'Professor'], [/\bHr\.(?=\s)/g, 'Herr'], [/\bFr\.(?=\s+[A-ZÄÖÜ\uE000])/g, 'Frau'],
      [/\bSt\.(?=\s+[A-ZÄÖÜ\uE000])/g, 'Sankt'], [/(?<=\p{Ll})str\.(?=\s|$)/gu, 'straße'], [/\bStr\.(?=\s|$)/g, 'Straße'],
      [/\bNr\.\s?(?=\d)/g, 'Nummer '], [/\bBd\.\s?(?=\d)/g, 'Band '], [/\bS\.\s?(?=\d)/g, 'Seite '], [/\bAbs\.\s?(?=\d)/g, 'Absatz '],
      [/\bArt\.\s?(?=\d)/g, 'Artikel '], [/§\s?(?=\d)/g, 'Paragraf '],
    ],
    sentence: {
      neverFinal: 'dr prof nr str hr fr bzw ca vgl z.b d.h u.a v.a evtl ggf inkl zzgl mind mio mrd tsd st bd s abs art geb gest'.split(' '),
      maybeFinal: ['usw', 'etc', 'chr', 'jh', 'jhs'],
      openers: (
        'der die das den dem des ein eine einer eines er sie es ich wir ihr man dies diese dieser dieses damit dann doch aber und ' +
        'auch als am im in nach seit bei für mit so noch nur wie was wer wo warum wenn weil zudem jedoch allerdings trotzdem ' +
        'deshalb daher danach zuvor später heute gestern laut nun inzwischen bereits unter über vor'
      ).split(' '),
      ordinalDot: true,
    },
    inflections: ['s', 'n', 'en', 'e', 'er', 'es', 'ern'],
    phoneWords: ['Telefon', 'Telefonnummer', 'Rufnummer', 'Tel', 'Hotline', 'Fax', 'Handy'],
    clauseWords: 'und aber oder denn sondern weil dass da während obwohl wenn als nachdem bevor damit sodass wobei'.split(' '),
    censored: null,
    beforeNumbers: (text) =>
      text.replace(/(?<![\d.,])([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s?Uhr\b/g, (_m, h: string, m?: string) => time(Number(h), Number(m ?? 0))),
    ordinals: (text) =>
      text
        .replace(ORDINAL_DOT, (_m, n: string, next: string, at: number, all: string) => inflectedOrdinal(n, all.slice(0, at), MONTH_AHEAD.test(next)))
        // "die 1990er" → "neunzehnhundertneunziger", "die 90er-Jahre" → "neunziger-Jahre".
        .replace(/\b(\d{2}|\d{4})er\b/g, (_m, n: string) => `${n.length === 4 ? germanYear(n) : words.cardinal(n)}er`),
  };
}

// French: "le 1er mai", "14h30", "3,5 %", "XXIe siècle", "M. Macron", "2,5 millions d'euros".
import { NUMBER_WORDS } from '../number-words.js';
import { monthNames } from './months.js';
import { romanValue, ROMAN_2_TO_30 } from './roman.js';
import type { LanguageRules } from './rules.js';

const words = NUMBER_WORDS.fr;
const months = monthNames('fr-FR');
const elided = (noun: string) => (/^[aeiouyéèêh]/i.test(noun) ? `d'${noun}` : `de ${noun}`);

const UNITS: Record<string, readonly [string, string]> = {
  km: ['kilomètre', 'kilomètres'], kg: ['kilogramme', 'kilogrammes'], cm: ['centimètre', 'centimètres'], mm: ['millimètre', 'millimètres'],
  m: ['mètre', 'mètres'], 'km/h': ['kilomètre par heure', 'kilomètres par heure'], 'km²': ['kilomètre carré', 'kilomètres carrés'],
  'm²': ['mètre carré', 'mètres carrés'], '°C': ['degré Celsius', 'degrés Celsius'], '°F': ['degré Fahrenheit', 'degrés Fahrenheit'],
  '°': ['degré', 'degrés'], kW: ['kilowatt', 'kilowatts'], MW: ['mégawatt', 'mégawatts'], GW: ['gigawatt', 'gigawatts'], t: ['tonne', 'tonnes'], min: ['minute', 'minutes'],
};

const time = (h: number, m: number) =>
  `${h === 1 ? 'une' : words.cardinal(String(h))} heure${h > 1 ? 's' : ''}${m ? ` ${words.cardinal(String(m))}` : ''}`;
const NAME = '(?=\\s+[A-ZÀ-Ý\\uE000])';

/** French rules (fr-FR, fr-BE, fr-CH, fr-CA: separators from Intl). */
export function frenchRules(locale: string): LanguageRules {
  return {
    code: 'fr',
    locale,
    numbers: words,
    fractionDigits: 'as-number',
    words: {
      percent: 'pour cent', minus: 'moins', range: 'à', ratio: 'à', over: 'sur', point: 'virgule', dot: 'point', at: 'arobase',
      and: 'et', plus: 'plus', one: 'un', moreDigits: (n) => `et ${n} autres chiffres`,
    },
    year: (digits) => words.cardinal(digits),
    date: (day, month, y) => `${day === 1 ? 'premier' : words.cardinal(String(day))} ${months[month - 1]}${y ? ` ${words.cardinal(y)}` : ''}`,
    time,
    fraction(n, d) {
      if (d > 100) return null;
      const count = words.cardinal(String(n));
      if (d === 2) return n === 1 ? 'un demi' : `${count} demis`;
      if (d === 3) return `${count} tiers`;
      if (d === 4) return `${count} quart${n > 1 ? 's' : ''}`;
      return `${count} ${words.ordinal(String(d))}${n > 1 ? 's' : ''}`;
    },
    units: UNITS,
    currencies: {
      '€': { one: 'euro', many: 'euros', cents: 'centimes' }, $: { one: 'dollar', many: 'dollars', cents: 'cents' },
      '£': { one: 'livre', many: 'livres', cents: 'pence' },
    },
    money: (main, cents) => `${main} ${cents}`,
    scaled: (amount, scale, currency) => `${amount} ${scale} ${elided(currency.many)}`,
    scaleWords: ['millions', 'million', 'milliards', 'milliard'],
    abbreviations: [
      [/(?<=\d)\s?Mds?\s?(?=€)/g, ' milliards '], [/(?<=\d)\s?M\s?(?=€)/g, ' millions '],
      [/(?<=\d)\s?Mds?(?=\s|$)/g, ' milliards'],
      [new RegExp(`\\bM\\.${NAME}`, 'g'), 'Monsieur'], [new RegExp(`\\bMM\\.${NAME}`, 'g'), 'Messieurs'],
      [/\bMmes\b/g, 'Mesdames'], [/\bMme\b/g, 'Madame'], [/\bMlles?\b/g, 'Mademoiselle'], [/\bMgr\b/g, 'Monseigneur'],
      [new RegExp(`\\bDr\\.?${NAME}`, 'g'), 'Docteur'], [new RegExp(`\\bPr\\.?${NAME}`, 'g'), 'Professeur'],
      [/\bSte-(?=\p{Lu})/gu, 'Sainte-'], [/\bSt-(?=\p{Lu})/gu, 'Saint-'],
      [/\b[Nn](?:°|o|º)\s?(?=\d)/g, 'numéro '], [/\bp\.\s?(?=\d)/g, 'page '], [/\bvol\.\s?(?=\d)/gi, 'volume '],
      [/\bart\.\s?(?=\d)/g, 'article '], [/\benv\.(?=\s)/g, 'environ'], [/\bav\.\s?J\.-C\./g, 'avant Jésus-Christ'],
      [/\bapr\.\s?J\.-C\./g, 'après Jésus-Christ'], [/\bc\.-à-d\./g, "c'est-à-dire"], [/\bp\.\s?ex\./g, 'par exemple'],
      [/\betc\./g, 'et cetera'],
    ],
    sentence: {
      neverFinal: 'mm mme mmes mlle dr pr mgr st ste no n° p vol art env av apr c.-à-d ex cf'.split(' '),
      maybeFinal: ['etc', 'j.-c'],
      openers: (
        "le la les l un une il elle ils elles on nous vous je ce cette ces cela c mais et puis alors pour selon dans en au aux de du des " +
        "après avant depuis lorsque quand si pourtant cependant ensuite enfin aujourd'hui hier d'après"
      ).split(' '),
    },
    inflections: ['s', 'x'],
    phoneWords: ['téléphone', 'tél', 'appeler', 'appelez', 'fax', 'portable'],
    clauseWords: 'et mais ou donc car qui que dont où parce lorsque quand tandis alors puisque'.split(' '),
    censored: null,
    beforeNumbers: (text) =>
      text.replace(/(?<![\d.,])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\p{L}\d])/gu, (_m, h: string, m?: string) => time(Number(h), Number(m ?? 0))),
    ordinals: (text) =>
      text
        .replace(/\b1(?:er|ᵉʳ)\b/g, 'premier')
        .replace(/\b1(?:re|ère|ʳᵉ)\b/g, 'première')
        .replace(/\b(\d+)(?:e|ème|ᵉ)(?![\p{L}])/gu, (_m, n: string) => words.ordinal(n))
        .replace(/\bIer\b/g, 'premier')
        .replace(new RegExp(`\\b(${ROMAN_2_TO_30})(?:e|ème|ᵉ)(?![\\p{L}])`, 'gu'), (_m, r: string) => words.ordinal(String(romanValue(r)))),
  };
}

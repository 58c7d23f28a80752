// Spanish: "12 de mayo de 2024", "las 14:30", "3,5 %", "siglo XXI", "Sr.", "EE. UU.", "2,5 millones de euros".
import { numberFormat } from '../number-format.js';
import { NUMBER_WORDS } from '../number-words.js';
import { monthNames, monthPattern } from './months.js';
import { expandOrdinalIndicators, expandRomanAfterNames } from './romance.js';
import type { LanguageRules } from './rules.js';

const words = NUMBER_WORDS.es;
const MONTHS = monthPattern('es-ES');
const months = monthNames('es-ES');
/** "uno" before a noun is "un" ("un millón", "veintiún millones"). */
const apocope = (n: string) => n.replace(/veintiuno$/, 'veintiún').replace(/\buno$/, 'un');

const UNITS: Record<string, readonly [string, string]> = {
  km: ['kilómetro', 'kilómetros'], kg: ['kilogramo', 'kilogramos'], cm: ['centímetro', 'centímetros'], mm: ['milímetro', 'milímetros'],
  m: ['metro', 'metros'], 'km/h': ['kilómetro por hora', 'kilómetros por hora'], 'km²': ['kilómetro cuadrado', 'kilómetros cuadrados'],
  'm²': ['metro cuadrado', 'metros cuadrados'], '°C': ['grado Celsius', 'grados Celsius'], '°F': ['grado Fahrenheit', 'grados Fahrenheit'],
  '°': ['grado', 'grados'], kW: ['kilovatio', 'kilovatios'], MW: ['megavatio', 'megavatios'], GW: ['gigavatio', 'gigavatios'], t: ['tonelada', 'toneladas'], h: ['hora', 'horas'], min: ['minuto', 'minutos'],
};
const FRACTIONS = ['', '', 'medio', 'tercio', 'cuarto'];

const hour = (h: number) => (h === 1 ? 'una' : apocope(words.cardinal(String(h))).replace(/ún$/, 'una'));
const time = (h: number, m: number) => (m ? `${hour(h)} ${words.cardinal(String(m))}` : h === 1 ? 'una' : `${hour(h)} horas`);
const NAME = '(?=\\s+[A-ZÁÉÍÓÚÑ\\uE000])';

/** Spanish rules (es-ES says "coma", es-MX and others with a decimal point "punto"). */
export function spanishRules(locale: string): LanguageRules {
  return {
    code: 'es',
    locale,
    numbers: words,
    fractionDigits: 'as-number',
    words: {
      percent: 'por ciento', minus: 'menos', range: 'a', ratio: 'a', over: 'entre', point: numberFormat(locale).decimal === '.' ? 'punto' : 'coma',
      dot: 'punto', at: 'arroba', and: 'y', plus: 'más', one: 'un', moreDigits: (n) => `y ${n} cifras más`,
    },
    year: (digits) => words.cardinal(digits),
    date: (day, month, y) => `${day === 1 ? 'primero' : words.cardinal(String(day))} de ${months[month - 1]}${y ? ` de ${words.cardinal(y)}` : ''}`,
    time,
    fraction(n, d) {
      if (d > 10) return null;
      const count = n === 1 ? 'un' : words.cardinal(String(n));
      const unit = FRACTIONS[d] ?? words.ordinal(String(d));
      return `${count} ${unit}${n > 1 ? 's' : ''}`;
    },
    units: UNITS,
    currencies: {
      '€': { one: 'euro', many: 'euros', cents: 'céntimos' }, $: { one: 'dólar', many: 'dólares', cents: 'centavos' },
      '£': { one: 'libra', many: 'libras', cents: 'peniques' },
    },
    money: (main, cents) => `${main} con ${cents}`,
    scaled: (amount, scale, currency) => `${apocope(amount)} ${scale} de ${currency.many}`,
    scaleWords: ['mil millones', 'millones', 'millón', 'billones', 'billón'],
    abbreviations: [
      [/\bEE\.\s?UU\./g, 'Estados Unidos'], [/\ba\.\s?C\./g, 'antes de Cristo'], [/\bd\.\s?C\./g, 'después de Cristo'],
      [/\bp\.\s?ej\./g, 'por ejemplo'], [/\bSr\.(?=\s)/g, 'señor'], [/\bSra\.(?=\s)/g, 'señora'], [/\bSrta\.(?=\s)/g, 'señorita'],
      [/\bDr\.(?=\s)/g, 'doctor'], [/\bDra\.(?=\s)/g, 'doctora'], [new RegExp(`\\bD\\.${NAME}`, 'g'), 'don'], [/\bDña\./g, 'doña'],
      [/\bUds\./g, 'ustedes'], [/\bUd\./g, 'usted'], [/\bGral\.(?=\s)/g, 'general'], [/\bLic\.(?=\s)/g, 'licenciado'],
      [/\bIng\.(?=\s)/g, 'ingeniero'], [/\bAvda?\.(?=\s)/g, 'avenida'],
      [/(?:\bnúm\.|\bn\.?\s?º|\bn°)\s?(?=\d)/g, 'número '], [/\bpágs\.\s?(?=\d)/g, 'páginas '], [/\bpág\.\s?(?=\d)/g, 'página '],
      [/\bvol\.\s?(?=\d)/gi, 'volumen '], [/\baprox\./g, 'aproximadamente'], [/\betc\./g, 'etcétera'],
    ],
    sentence: {
      neverFinal: 'sr sra srta dr dra dña ud uds gral lic ing av avda núm n.º pág págs vol aprox ej ee'.split(' '),
      maybeFinal: ['etc', 'uu'],
      openers: (
        'el la los las lo un una él ella ellos ellas yo nosotros se su sus este esta estos estas eso esto pero y además sin en con ' +
        'por para según tras después antes cuando mientras aunque si no también hoy ayer ya sin embargo al del'
      ).split(' '),
    },
    inflections: ['s', 'es'],
    phoneWords: ['teléfono', 'tel', 'llame', 'llamar', 'número', 'fax', 'móvil'],
    clauseWords: 'y pero o porque que pues mientras aunque cuando donde cual quien sino'.split(' '),
    censored: null,
    // Before units: "1° maggio" is an ordinal, not a degree.
    beforeNumbers: (input) => {
      const text = expandOrdinalIndicators(input, words, MONTHS, 'primero');
      return text
        .replace(/(?<![\d.,])([01]?\d|2[0-3]):([0-5]\d)\s?h\b\.?/g, (_m, h: string, m: string) => time(Number(h), Number(m)))
        // "1.er", "3.er": the short ordinal before a masculine noun ("primer", "tercer").
        .replace(/\b(\d+)\.?er\b/g, (_m, n: string) => words.ordinal(n).replace(/o$/, ''));
    },
    ordinals: (text) =>
      expandRomanAfterNames(text, words, ['siglo', 'siglos'], true),
  };
}

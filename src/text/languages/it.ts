// Italian: "1° maggio", "alle 14.30", "3,5%", "XXI secolo", "Sig.", "Dott.ssa", "2,5 milioni di euro".
import { NUMBER_WORDS } from '../number-words.js';
import { monthNames, monthPattern } from './months.js';
import { romanValue, ROMAN_2_TO_30 } from './roman.js';
import { expandOrdinalIndicators, expandRomanAfterNames } from './romance.js';
import type { LanguageRules } from './rules.js';

const words = NUMBER_WORDS.it;
const MONTHS = monthPattern('it-IT');
const months = monthNames('it-IT');
const apocope = (n: string) => n.replace(/\buno$/, 'un');

const UNITS: Record<string, readonly [string, string]> = {
  km: ['chilometro', 'chilometri'], kg: ['chilogrammo', 'chilogrammi'], cm: ['centimetro', 'centimetri'], mm: ['millimetro', 'millimetri'],
  m: ['metro', 'metri'], 'km/h': ['chilometro orario', 'chilometri orari'], 'km²': ['chilometro quadrato', 'chilometri quadrati'],
  'm²': ['metro quadrato', 'metri quadrati'], '°C': ['grado Celsius', 'gradi Celsius'], '°F': ['grado Fahrenheit', 'gradi Fahrenheit'],
  '°': ['grado', 'gradi'], kW: ['chilowatt', 'chilowatt'], MW: ['megawatt', 'megawatt'], GW: ['gigawatt', 'gigawatt'], t: ['tonnellata', 'tonnellate'], h: ['ora', 'ore'], min: ['minuto', 'minuti'],
};
const FRACTIONS = ['', '', 'mezzo', 'terzo', 'quarto'];

const hour = (h: number) => (h === 1 ? "l'una" : words.cardinal(String(h)));
const time = (h: number, m: number) => `${hour(h)}${m ? ` e ${words.cardinal(String(m))}` : ''}`;
const NAME = '(?=\\s+[A-ZÀ-Ý\\uE000])';

/** Italian rules. */
export function italianRules(locale: string): LanguageRules {
  return {
    code: 'it',
    locale,
    numbers: words,
    fractionDigits: 'as-number',
    words: {
      percent: 'per cento', minus: 'meno', range: 'a', ratio: 'a', over: 'su', point: 'virgola', dot: 'punto', at: 'chiocciola',
      and: 'e', plus: 'più', one: 'un', moreDigits: (n) => `e altre ${n} cifre`,
    },
    year: (digits) => words.cardinal(digits),
    date: (day, month, y) => `${day === 1 ? 'primo' : words.cardinal(String(day))} ${months[month - 1]}${y ? ` ${words.cardinal(y)}` : ''}`,
    time,
    fraction(n, d) {
      if (d > 10) return null;
      const count = n === 1 ? 'un' : words.cardinal(String(n));
      const unit = FRACTIONS[d] || words.ordinal(String(d));
      return `${count} ${n > 1 ? unit.replace(/o$/, 'i') : unit}`;
    },
    units: UNITS,
    currencies: {
      '€': { one: 'euro', many: 'euro', cents: 'centesimi' }, $: { one: 'dollaro', many: 'dollari', cents: 'centesimi' },
      '£': { one: 'sterlina', many: 'sterline', cents: 'penny' },
    },
    money: (main, cents) => `${main} e ${cents}`,
    scaled: (amount, scale, currency) => `${apocope(amount)} ${scale} di ${currency.many}`,
    scaleWords: ['milioni', 'milione', 'miliardi', 'miliardo'],
    abbreviations: [
      [/(?<=\d)\s?mln\b\.?/g, ' milioni'], [/(?<=\d)\s?mld\b\.?/g, ' miliardi'],
      [/\bSig\.ra(?=\s)/g, 'signora'], [/\bSigg\.(?=\s)/g, 'signori'], [/\bSig\.(?=\s)/g, 'signor'],
      [/\bDott\.ssa(?=\s)/g, 'dottoressa'], [/\bDott\.(?=\s)/g, 'dottor'], [/\bProf\.ssa(?=\s)/g, 'professoressa'], [/\bProf\.(?=\s)/g, 'professor'],
      [/\bIng\.(?=\s)/g, 'ingegner'], [/\bAvv\.(?=\s)/g, 'avvocato'], [/\bOn\.(?=\s)/g, 'onorevole'], [new RegExp(`\\bS\\.${NAME}`, 'g'), 'San'],
      [/\ba\.\s?C\./g, 'avanti Cristo'], [/\bd\.\s?C\./g, 'dopo Cristo'], [/\bad es\./g, 'ad esempio'],
      [/\bn\.\s?(?=\d)/g, 'numero '], [/\bpagg?\.\s?(?=\d)/g, 'pagina '], [/\bvol\.\s?(?=\d)/gi, 'volume '], [/\bart\.\s?(?=\d)/g, 'articolo '],
      [/\bca\.(?=\s)/g, 'circa'], [/\becc\./g, 'eccetera'], [/\betc\./g, 'eccetera'],
    ],
    sentence: {
      neverFinal: 'sig sig.ra sigg dott dott.ssa prof prof.ssa ing avv on s n pag pagg vol art ca es'.split(' '),
      maybeFinal: ['ecc', 'etc', 'a.c', 'd.c'],
      openers: (
        'il lo la i gli le un uno una lui lei loro io noi voi si questo questa questi queste quello quella ma e poi anche secondo ' +
        "nel nella in con per dopo prima quando mentre se non oggi ieri già inoltre l' c'è ci"
      ).split(' '),
    },
    inflections: [],
    phoneWords: ['telefono', 'tel', 'numero', 'chiamare', 'fax', 'cellulare'],
    clauseWords: 'e ma o perché che mentre quando dove cui quale se però oppure'.split(' '),
    censored: null,
    // Before units: "1° maggio" is an ordinal, not a degree.
    beforeNumbers: (input) => {
      const text = expandOrdinalIndicators(input, words, MONTHS, 'primo');
      return text.replace(/\b(ore|alle|dalle|delle|entro le|verso le)\s+([01]?\d|2[0-3])[.:]([0-5]\d)\b/gi, (_m, w: string, h: string, m: string) => `${w} ${time(Number(h), Number(m))}`);
    },
    ordinals: (text) =>
      expandRomanAfterNames(text, words, [], false).replace(
        new RegExp(`\\b(${ROMAN_2_TO_30})\\s+(secolo|secoli)\\b`, 'gu'),
        (_m, r: string, w: string) => `${words.ordinal(String(romanValue(r)))} ${w}`,
      ),
  };
}

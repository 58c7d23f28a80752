// Portuguese (Portugal and Brazil): "12 de maio de 2024", "14h30", "3,5%", "século XXI", "Sr.", "2,5 milhões de euros", "R$".
import { NUMBER_WORDS } from '../number-words.js';
import { monthNames, monthPattern } from './months.js';
import { expandOrdinalIndicators, expandRomanAfterNames } from './romance.js';
import type { LanguageRules } from './rules.js';

const MONTHS = monthPattern('pt-PT');
const months = monthNames('pt-PT');
const FRACTIONS = ['', '', 'meio', 'terço', 'quarto'];

function units(brazil: boolean): Record<string, readonly [string, string]> {
  const km = brazil ? 'quilômetro' : 'quilómetro';
  return {
    km: [km, `${km}s`], kg: ['quilograma', 'quilogramas'], cm: ['centímetro', 'centímetros'], mm: ['milímetro', 'milímetros'],
    m: ['metro', 'metros'], 'km/h': [`${km} por hora`, `${km}s por hora`], 'km²': [`${km} quadrado`, `${km}s quadrados`],
    'm²': ['metro quadrado', 'metros quadrados'], '°C': ['grau Celsius', 'graus Celsius'], '°F': ['grau Fahrenheit', 'graus Fahrenheit'],
    '°': ['grau', 'graus'], kW: ['quilowatt', 'quilowatts'], MW: ['megawatt', 'megawatts'], GW: ['gigawatt', 'gigawatts'], t: ['tonelada', 'toneladas'], h: ['hora', 'horas'], min: ['minuto', 'minutos'],
  };
}

/** Portuguese rules; "pt-BR" gets Brazilian number words, units and cents. */
export function portugueseRules(locale: string): LanguageRules {
  const brazil = /^pt-BR/i.test(locale);
  const words = brazil ? NUMBER_WORDS.ptBR : NUMBER_WORDS.pt;
  // Hours are feminine: "uma hora", "duas horas", "vinte e uma".
  const hour = (h: number) => words.cardinal(String(h)).replace(/\bum$/, 'uma').replace(/\bdois$/, 'duas');
  const time = (h: number, m: number) => `${hour(h)} ${h === 1 ? 'hora' : 'horas'}${m ? ` e ${words.cardinal(String(m))}` : ''}`;
  const cents = brazil ? 'centavos' : 'cêntimos';
  return {
    code: 'pt',
    locale,
    numbers: words,
    fractionDigits: 'as-number',
    words: {
      percent: 'por cento', minus: 'menos', range: 'a', ratio: 'a', over: 'sobre', point: 'vírgula', dot: 'ponto', at: 'arroba',
      and: 'e', plus: 'mais', one: 'um', moreDigits: (n) => `e mais ${n} algarismos`,
    },
    year: (digits) => words.cardinal(digits),
    date: (day, month, y) => `${day === 1 ? 'primeiro' : words.cardinal(String(day))} de ${months[month - 1]}${y ? ` de ${words.cardinal(y)}` : ''}`,
    time,
    fraction(n, d) {
      if (d > 10) return null;
      const unit = FRACTIONS[d] || words.ordinal(String(d));
      return `${words.cardinal(String(n))} ${unit}${n > 1 ? 's' : ''}`;
    },
    units: units(brazil),
    currencies: {
      'R$': { one: 'real', many: 'reais', cents: 'centavos' }, '€': { one: 'euro', many: 'euros', cents },
      $: { one: 'dólar', many: 'dólares', cents }, '£': { one: 'libra', many: 'libras', cents: 'pence' },
    },
    money: (main, c) => `${main} e ${c}`,
    scaled: (amount, scale, currency) => `${amount} ${scale} de ${currency.many}`,
    scaleWords: ['mil milhões', 'milhões', 'milhão', 'bilhões', 'bilhão', 'biliões', 'bilião'],
    abbreviations: [
      [/\ba\.\s?C\./g, 'antes de Cristo'], [/\bd\.\s?C\./g, 'depois de Cristo'], [/\bp\.\s?ex\./g, 'por exemplo'],
      [/\bSr\.(?=\s)/g, 'senhor'], [/\bSra\.(?=\s)/g, 'senhora'], [/\bDr\.(?=\s)/g, 'doutor'], [/\bDra\.(?=\s)/g, 'doutora'],
      [/\bProfa\.(?=\s)/g, 'professora'], [/\bProf\.(?=\s)/g, 'professor'], [/\bSto\.(?=\s)/g, 'Santo'], [/\bSta\.(?=\s)/g, 'Santa'],
      [/\bAv\.(?=\s)/g, 'avenida'], [/(?:\bn\.?\s?º|\bn°)\s?(?=\d)/g, 'número '], [/\bpágs?\.\s?(?=\d)/g, 'página '],
      [/\bvol\.\s?(?=\d)/gi, 'volume '], [/\bart\.\s?(?=\d)/g, 'artigo '], [/\betc\./g, 'et cetera'],
    ],
    sentence: {
      neverFinal: 'sr sra dr dra prof profa sto sta av n.º nº pág págs vol art ex'.split(' '),
      maybeFinal: ['etc', 'a.c', 'd.c'],
      openers: (
        'o a os as um uma ele ela eles elas eu nós se seu sua este esta isso isto mas e também segundo no na nos nas em com por ' +
        'para depois antes quando enquanto embora não hoje ontem já ao do da'
      ).split(' '),
    },
    inflections: ['s', 'es'],
    phoneWords: ['telefone', 'tel', 'número', 'ligue', 'fax', 'telemóvel', 'celular'],
    clauseWords: 'e mas ou porque que enquanto quando onde qual quem embora pois'.split(' '),
    censored: null,
    // Before units: "1° maggio" is an ordinal, not a degree.
    beforeNumbers: (input) => {
      const text = expandOrdinalIndicators(input, words, MONTHS, 'primeiro');
      return text.replace(/(?<![\d.,])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu, (_m, h: string, m?: string) => time(Number(h), Number(m ?? 0)));
    },
    ordinals: (text) =>
      expandRomanAfterNames(text, words, ['século', 'séculos'], true),
  };
}

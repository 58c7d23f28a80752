// English-only reading steps: "2 p.m.", "March 1", "23rd", "the 1990s", acronyms and regnal numerals.
import { romanValue } from './roman.js';
import type { NumberWords } from './rules.js';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MONTH_ABBR: Record<string, string> = Object.fromEntries(
  MONTHS.map((m) => [m.slice(0, 3), m] as const).concat([['Sept', 'September']]),
);
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH_RE = `(?:${MONTHS.join('|')}|(?:${SHORT_MONTHS})\\.)`;
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]\\d)`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_RE})`, 'g');
const MONTH_ABBREVIATION = new RegExp(`\\b(${SHORT_MONTHS})\\.(?=\\s)`, 'g');

/** Said as words even though short or unusual. */
const SAID_AS_WORDS = new Set(['NATO', 'NASA', 'UNESCO', 'UNICEF', 'OPEC', 'FIFA', 'UEFA', 'COVID', 'AIDS', 'ASEAN', 'NAFTA', 'SWAT', 'LAN', 'RAM', 'ISIS', 'OK', 'NASDAQ', 'GIF', 'RADAR', 'LASER', 'SARS', 'MERS', 'OSHA', 'FEMA', 'IKEA', 'SALT']);
const ONSETS = new Set('BL BR CH CL CR DR FL FR GL GR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH'.split(' '));

/** "2:30 p.m.", "March 1", "Feb. 28", "1 March". */
export function expandEnglishWrittenDates(input: string, words: NumberWords): string {
  let text = input.replace(/\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?=[\s,;:!?)"']|$)/gi, (m: string, ...[h, min, ap, at, all]: [string, string | undefined, string, number, string]) => {
    const end = at + m.length === all.length && m.endsWith('.') ? '.' : '';
    const hour = words.cardinal(String(Number(h)));
    const minutes = !min || min === '00' ? '' : Number(min) < 10 ? ` oh ${words.cardinal(min)}` : ` ${words.cardinal(min)}`;
    return `${hour}${minutes} ${ap.toUpperCase()} M${end}`;
  });
  text = text.replace(MONTH_DAY, (_, mon: string, day: string) => `${monthName(mon)} ${words.ordinal(day)}`);
  text = text.replace(DAY_MONTH, (_, day: string, mon: string, at: number, all: string) =>
    `${/\bthe\s$/i.test(all.slice(0, at)) ? '' : 'the '}${words.ordinal(day)} of ${monthName(mon)}`,
  );
  return text.replace(MONTH_ABBREVIATION, (m) => monthName(m));
}

/** "23rd" → "twenty-third", "the 1990s" → "the nineteen nineties". */
export function expandEnglishOrdinals(text: string, words: NumberWords, year: (digits: string) => string): string {
  return text
    .replace(/\b(\d+)(st|nd|rd|th)\b/gi, (_, n: string) => words.ordinal(n))
    .replace(/\b(1[1-9]\d\d|20\d\d)s\b/g, (_, y: string) => `${year(y).replace(/y$/, 'ie')}s`);
}

/** Dotted acronyms ("U.S."), regnal and war numerals ("Elizabeth II", "World War II"), and capitals spelled when unsayable ("BBC"). */
export function expandEnglishAcronyms(input: string, words: NumberWords, spell: boolean): string {
  let text = input.replace(/\b((?:[A-Z]\.){2,})(?=[\s,;:!?)"']|$)/g, (m, _a: string, at: number, all: string) => {
    const letters = m.replace(/\./g, ' ').trim();
    return at + m.length === all.length ? `${letters}.` : letters;
  });
  text = text.replace(/\b(\p{Lu}\p{Ll}+) (II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b/gu, (_, name: string, roman: string) => {
    const n = String(romanValue(roman));
    return /^(?:War|Vatican|Phase|Part|Chapter|Type|Class|Stage|Level|Article|Title|Act|Super Bowl)$/.test(name) ? `${name} ${words.cardinal(n)}` : `${name} the ${words.ordinal(n)}`;
  });
  if (!spell) return text;
  return text.replace(/\b([A-Z]{2,6})(s?)\b/g, (m, word: string, plural: string) => {
    // Pronounceable ones stay in capitals: festival reads "NATO" right but "Nato" as "nature".
    if (!spellable(word)) return m;
    return `${word.split('').join(' ')}${plural ? "'s" : ''}`;
  });
}

/** Said letter by letter rather than as a word? */
function spellable(word: string): boolean {
  if (SAID_AS_WORDS.has(word)) return false;
  if (word.length <= 3) return true;
  if (!/[AEIOU]/.test(word)) return true;
  if (/[^AEIOUY]{3}/.test(word)) return true;
  if (/^[^AEIOU]{2}/.test(word) && !ONSETS.has(word.slice(0, 2))) return true;
  return /[AEIOU]{3}/.test(word);
}

function monthName(m: string): string {
  const bare = m.replace(/\.$/, '');
  return MONTH_ABBR[bare] ?? bare;
}

// Expands numbers, symbols, abbreviations, acronyms, URLs and e-mail addresses into words a listener expects.
import { cardinal, decimal, ordinal, year } from './number-words.js';

export interface ExpandOptions {
  /** Spell unpronounceable acronyms letter by letter ("BBC" → "B B C"). */
  spellAcronyms: boolean;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MONTH_ABBR: Record<string, string> = Object.fromEntries(
  MONTHS.map((m) => [m.slice(0, 3), m] as const).concat([['Sept', 'September']]),
);
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH_RE = `(?:${MONTHS.join('|')}|(?:${SHORT_MONTHS})\\.)`;
// Date patterns, compiled once (toSpoken runs for every piece of every article).
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]\\d)`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_RE})`, 'g');
const MONTH_ABBREVIATION = new RegExp(`\\b(${SHORT_MONTHS})\\.(?=\\s)`, 'g');

const TITLES: Record<string, string> = {
  Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Dr: 'Doctor', Prof: 'Professor', Gen: 'General', Sen: 'Senator',
  Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain',
  Adm: 'Admiral', Maj: 'Major', Mt: 'Mount', Ft: 'Fort', Rev: 'Reverend', Pres: 'President', Supt: 'Superintendent',
};
const TITLE_ABBREVIATION = new RegExp(`\\b(${Object.keys(TITLES).join('|')})\\.(?=\\s+[A-Z])`, 'g');

const CURRENCY: Record<string, [string, string]> = {
  $: ['dollar', 'cents'], '£': ['pound', 'pence'], '€': ['euro', 'cents'], '¥': ['yen', 'sen'], '₴': ['hryvnia', 'kopiyok'],
  '₽': ['ruble', 'kopecks'], '₹': ['rupee', 'paise'],
};
const SCALE: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };

const UNITS: Record<string, [string, string]> = {
  km: ['kilometer', 'kilometers'], kg: ['kilogram', 'kilograms'], cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'], m: ['meter', 'meters'], mi: ['mile', 'miles'], ft: ['foot', 'feet'],
  lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'], mph: ['mile per hour', 'miles per hour'],
  'km/h': ['kilometer per hour', 'kilometers per hour'], kph: ['kilometer per hour', 'kilometers per hour'],
  '°C': ['degree Celsius', 'degrees Celsius'], '°F': ['degree Fahrenheit', 'degrees Fahrenheit'], '°': ['degree', 'degrees'],
  kW: ['kilowatt', 'kilowatts'], MW: ['megawatt', 'megawatts'], GW: ['gigawatt', 'gigawatts'],
};

/** Acronyms said as words even though short or unusual. */
const SAID_AS_WORDS = new Set(['NATO', 'NASA', 'UNESCO', 'UNICEF', 'OPEC', 'FIFA', 'UEFA', 'COVID', 'AIDS', 'ASEAN', 'NAFTA', 'SWAT', 'LAN', 'RAM', 'ISIS', 'OK', 'NASDAQ', 'GIF', 'RADAR', 'LASER', 'SARS', 'MERS', 'OSHA', 'FEMA', 'IKEA', 'SALT']);
const ONSETS = new Set('BL BR CH CL CR DR FL FR GL GR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH'.split(' '));

/** Expand one sentence of already plain-typography text. */
export function expandForSpeech(input: string, options: ExpandOptions): string {
  let text = input;
  // Shouting headlines are words, not acronyms.
  const caps = text.match(/\b[A-Z]{3,}\b/g) ?? [];
  if (caps.length >= 4 && caps.length * 2 > text.split(/\s+/).length) text = text.toLowerCase().replace(/^./, (c) => c.toUpperCase());

  text = text.replace(/\b(?:https?:\/\/|www\.)[^\s"'<>]+[^\s"'<>.,;:!?)]/gi, (url) => speakHost(url));
  text = text.replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, (mail) => {
    const [user, host] = mail.split('@');
    return `${user!.replace(/[._]/g, ' ')} at ${speakHost(host!)}`;
  });

  text = text.replace(TITLE_ABBREVIATION, (_, t: string) => TITLES[t]!);
  text = text.replace(/\bSt\.(?=\s+[A-Z])/g, 'Saint').replace(/\b([A-Z][a-z]+) St\b\.?/g, '$1 Street');
  text = text.replace(/\b(Jr|Sr)\./g, (_, t: string) => (t === 'Jr' ? 'Junior' : 'Senior'));
  text = text.replace(/\bvs?\.(?=\s)/g, 'versus').replace(/\bNo\.\s?(?=\d)/g, 'number ').replace(/\be\.g\./gi, 'for example').replace(/\bi\.e\./gi, 'that is');

  // Times: "2 p.m.", "2:30 a.m.", "14:00".
  text = text.replace(/\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?=[\s,;:!?)"']|$)/gi, (m, h: string, min: string | undefined, ap: string, at: number, all: string) => {
    const end = at + m.length === all.length && m.endsWith('.') ? '.' : '';
    return `${clock(h, min)} ${ap.toUpperCase()} M${end}`;
  });
  text = text.replace(/\b([01]?\d|2[0-3]):([0-5]\d)\b/g, (_, h: string, min: string) =>
    min === '00' ? (Number(h) > 12 ? `${cardinal(h)} hundred` : `${cardinal(String(Number(h)))} o'clock`) : clock(h, min),
  );

  // Dates: "March 1, 2022", "Feb. 28", "1 March".
  text = text.replace(MONTH_DAY, (_, mon: string, day: string) => `${monthName(mon)} ${ordinal(day)}`);
  text = text.replace(DAY_MONTH, (_, day: string, mon: string, at: number, all: string) =>
    `${/\bthe\s$/i.test(all.slice(0, at)) ? '' : 'the '}${ordinal(day)} of ${monthName(mon)}`,
  );
  text = text.replace(MONTH_ABBREVIATION, (m) => monthName(m));

  // Money: "$14.5 million", "£3.50", "€2bn".
  text = text.replace(/([$£€¥₴₽₹])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|trillion|thousand)\b|(bn|mn|tn|[kmb])\b)?/gi, (_, sym: string, num: string, word?: string, short?: string) => {
    const [unit, cents] = CURRENCY[sym]!;
    const scale = word?.toLowerCase() ?? (short ? SCALE[short.toLowerCase()] : undefined);
    if (scale) return `${decimal(num)} ${scale} ${unit}s`;
    const [whole, frac] = num.replace(/,/g, '').split('.');
    const main = `${cardinal(whole!)} ${whole === '1' ? unit : `${unit}s`}`;
    if (frac && frac.length === 2 && frac !== '00') return `${main} and ${cardinal(frac)} ${cents}`;
    return frac && frac.length !== 2 ? `${decimal(num)} ${unit}s` : main;
  });
  text = text.replace(/(\d[\d,]*(?:\.\d+)?)\s?%/g, (_, n: string) => `${decimal(n)} percent`);
  text = text.replace(/(\d[\d,]*(?:\.\d+)?)\s?(km\/h|°C|°F|°|kph|mph|km|kg|cm|mm|lbs|lb|mi|ft|kW|MW|GW|m)(?![\p{L}\d])/gu, (_, n: string, u: string) => {
    const [one, many] = UNITS[u]!;
    return `${decimal(n)} ${n === '1' ? one : many}`;
  });

  text = text.replace(/\b(\d+)(st|nd|rd|th)\b/gi, (_, n: string) => ordinal(n));
  text = text.replace(/\b(1[1-9]\d\d|20\d\d)s\b/g, (_, y: string) => year(y).replace(/y$/, 'ie') + 's');
  text = text.replace(/\b(\d{1,4})-(\d{1,4})\b(?!-)/g, (m, a: string, b: string) => (Number(a) < Number(b) ? `${a} to ${b}` : m));
  text = text.replace(/(?<![\d,.$])\b(1[1-9]\d\d|20\d\d)\b(?![,.]?\d|\s?%)/g, (_, y: string) => year(y));
  text = text.replace(/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+\.\d+\b|\b\d+\b/g, (n) => decimal(n));

  text = text.replace(/\s&\s/g, ' and ').replace(/(?<=\w)&(?=\w)/g, ' and ').replace(/\s\+\s/g, ' plus ').replace(/#(?=\w)/g, 'number ');

  // Dotted acronyms ("U.S.") and capitals ("BBC", "NATO").
  text = text.replace(/\b((?:[A-Z]\.){2,})(?=[\s,;:!?)"']|$)/g, (m, _a: string, at: number, all: string) => {
    const letters = m.replace(/\./g, ' ').trim();
    return at + m.length === all.length ? `${letters}.` : letters;
  });
  // Regnal and war numbers: "World War II" → "World War two", "Elizabeth II" → "Elizabeth the second".
  text = text.replace(/\b(\p{Lu}\p{Ll}+) (II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b/gu, (_, name: string, roman: string) => {
    const n = String(romanValue(roman));
    return /^(?:War|Vatican|Phase|Part|Chapter|Type|Class|Stage|Level|Article|Title|Act|Super Bowl)$/.test(name) ? `${name} ${cardinal(n)}` : `${name} the ${ordinal(n)}`;
  });
  if (options.spellAcronyms) {
    text = text.replace(/\b([A-Z]{2,6})(s?)\b/g, (m, word: string, plural: string) => {
      // Pronounceable ones stay in capitals: festival reads "NATO" right but "Nato" as "nature".
      if (word === 'I' || !spellable(word)) return m;
      return `${word.split('').join(' ')}${plural ? "'s" : ''}`;
    });
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Said letter by letter rather than as a word? */
function spellable(word: string): boolean {
  if (SAID_AS_WORDS.has(word)) return false;
  if (word.length <= 3) return true;
  if (!/[AEIOU]/.test(word)) return true;
  if (/[^AEIOUY]{3}/.test(word)) return true;
  if (/^[^AEIOU]{2}/.test(word) && !ONSETS.has(word.slice(0, 2))) return true;
  if (/[AEIOU]{3}/.test(word)) return true;
  return false;
}

function romanValue(roman: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const cur = v[roman[i]!]!;
    const next = v[roman[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function clock(h: string, min: string | undefined): string {
  const hour = cardinal(String(Number(h)));
  if (!min || min === '00') return hour;
  return Number(min) < 10 ? `${hour} oh ${cardinal(min)}` : `${hour} ${cardinal(min)}`;
}

function monthName(m: string): string {
  const bare = m.replace(/\.$/, '');
  return MONTH_ABBR[bare] ?? bare;
}

function speakHost(url: string): string {
  const host = url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split(/[/?#]/)[0]!;
  return host.split('.').join(' dot ');
}

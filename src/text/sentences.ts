// Splits one paragraph into sentences: abbreviations, initials, decimals, closing quotes and ellipses aware.

/** Titles and short forms that never end a sentence when followed by a name or number. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof st mt ft gen sen rep gov lt col sgt capt cmdr adm maj pres supt insp det rev fr hon ' +
    'jr sr no nos vs v fig approx dept est inc co corp ltd bros e.g i.e cf al ca' +
    ' jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Abbreviations that can end a sentence too ("at 2 p.m. The talks…" vs "2 p.m. local time"). */
const MAYBE_FINAL = new Set(['a.m', 'p.m', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr']);

/** Words that commonly open a sentence: after "p.m." or "U.S." they show a real sentence end. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there then but and so yet ' +
    'in on at as after before when while if although though however meanwhile still also since because for ' +
    'some many most one two no not what who why how mr mrs ms dr officials police authorities'
  ).split(' '),
);

const CLOSERS = `"'”’»)]`;
const OPENERS = `"'“‘«([`;

/** Sentences of one paragraph, in order; joined with single spaces they give back the whitespace-normalized paragraph. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (endsSentence(text.slice(start, i), text.slice(i + 1))) {
      sentences.push(text.slice(start, i));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences;
}

/** Does a sentence end at the space between `before` and `after`? */
function endsSentence(before: string, after: string): boolean {
  let end = before.length;
  while (end > 0 && CLOSERS.includes(before[end - 1]!)) end--;
  const core = before.slice(0, end);
  const next = nextWord(after);
  if (!next) return false;
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(next.word) || next.opened;
  if (/[!?]$/.test(core) || /\?!$/.test(core)) return startsUpper;
  if (/(\.\.\.|…)$/.test(core)) return startsUpper;
  if (!core.endsWith('.')) return false;
  if (!startsUpper) return false;
  const token = core.slice(core.lastIndexOf(' ') + 1).replace(LEADING_OPENERS, '');
  const word = token.slice(0, -1).toLowerCase();
  // An initial ("J. K. Rowling", "Franklin D. Roosevelt").
  if (/^\p{Lu}$/u.test(token.slice(0, -1))) return false;
  if (NEVER_FINAL.has(word)) return false;
  if (MAYBE_FINAL.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    return SENTENCE_OPENERS.has(next.word.toLowerCase());
  }
  return true;
}

function nextWord(after: string): { word: string; opened: boolean } | null {
  const m = NEXT_WORD.exec(after);
  if (!m) return null;
  const word = m[2]!.replace(/[^\p{L}\p{N}'’.-]+$/u, '');
  return { word, opened: m[1]!.length > 0 };
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}

// Built once: endsSentence runs at every space of every paragraph.
const LEADING_OPENERS = new RegExp(`^[${escapeClass(OPENERS)}]+`);
const NEXT_WORD = new RegExp(`^([${escapeClass(OPENERS)}]*)([^\\s]*)`, 'u');

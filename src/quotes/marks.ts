// Finds quotation marks in an article's paragraphs: pairs, multi-paragraph quotes, stray marks.
import { REPORTING_VERBS } from './lexicon.js';

/** One quoted stretch of a paragraph, marks included. */
export interface QuoteSpan {
  paragraph: number;
  /** Index of the opening mark. */
  start: number;
  /** End (exclusive): after the closing mark, or the paragraph's end when left open. */
  end: number;
  /** False when the quote runs to the end of the paragraph without a closing mark. */
  closed: boolean;
  /** Continues a quote left open at the end of the previous paragraph. */
  continues: boolean;
  /** Left open and continued by the next paragraph's opening mark. */
  continued: boolean;
}

const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '"': '"',
  '‘': '’',
  "'": "'",
  '»': '«',
};
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`[,?!](?=\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:${[...REPORTING_VERBS].join('|')})\b)`,
  'u',
);
const DOUBLE_OPENERS = '“„«‹"';
const LETTER = /[\p{L}\p{N}]/u;

function isBoundaryBefore(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;—–(]$/.test(before) || /[”"»›“]$/.test(before);
}

function looksLikeOpener(text: string, i: number, c: string): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? '';
  // French sets its guillemets apart from the words (« Oui »).
  if (!next || (/\s/.test(next) && c !== '«' && c !== '‹')) return false;
  if (c === '"') return !/[\p{N}]/u.test(prev) && !LETTER.test(prev);
  if (c === "'" || c === '‘') {
    // Single marks open a quote only where an utterance can start (British style), never mid-word.
    return !LETTER.test(prev) && /\p{Lu}/u.test(next) && isBoundaryBefore(text, i);
  }
  if (c === '»') return false; // reversed guillemets are too rare to risk pairing stray marks
  return true;
}

function looksLikeCloser(text: string, i: number, open: string): boolean {
  const next = text[i + 1] ?? '';
  const prev = text[i - 1] ?? '';
  if (open === '"') return !LETTER.test(next);
  if (open === "'" || open === '‘') return !LETTER.test(next) && /[.,!?…—–-]/.test(prev);
  return true;
}

function scanParagraph(text: string): { spans: Array<{ start: number; end: number }>; open: { at: number; char: string } | null } {
  const spans: Array<{ start: number; end: number }> = [];
  let open: { at: number; char: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open) {
      if (CLOSERS[open.char]!.includes(c) && looksLikeCloser(text, i, open.char)) {
        spans.push({ start: open.at, end: i + 1 });
        open = null;
        continue;
      }
      // Another opening mark of the same kind after a space: the earlier one was a stray; start over here.
      if (c === open.char && c !== "'" && /\s/.test(text[i - 1] ?? ' ') && looksLikeOpener(text, i, c)) {
        open = { at: i, char: c };
      }
      continue;
    }
    if (c in CLOSERS && looksLikeOpener(text, i, c)) open = { at: i, char: c };
  }
  return { spans, open };
}

function opensWithMark(text: string): boolean {
  return text.length > 1 && (DOUBLE_OPENERS.includes(text[0]!) || text[0] === '‘');
}

/**
 * Every quoted stretch in the paragraphs (voiced or not). Unbalanced marks never swallow more
 * than the rest of their own paragraph, and only when the mark opens an utterance.
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  paragraphs.forEach((text, paragraph) => {
    const { spans, open } = scanParagraph(text);
    const found: QuoteSpan[] = spans.map((s) => ({ paragraph, ...s, closed: true, continues: false, continued: false }));
    if (open && (isBoundaryBefore(text, open.at) || /,$/.test(text.slice(0, open.at).trimEnd()))) {
      const next = paragraphs[paragraph + 1] ?? '';
      // A missing closing mark before an attribution ("…a disgrace, shopkeeper Gary Lund wrote"): close it there.
      const attribution = ATTRIBUTION_AFTER.exec(text.slice(open.at));
      if (attribution) {
        found.push({ paragraph, start: open.at, end: open.at + attribution.index + 1, closed: false, continues: false, continued: false });
      } else {
        const continued = open.char !== "'" && opensWithMark(next);
        found.push({ paragraph, start: open.at, end: text.length, closed: false, continues: false, continued });
      }
    }
    const last = result[result.length - 1];
    if (found.length && found[0]!.start === 0 && last?.continued && last.paragraph === paragraph - 1) found[0]!.continues = true;
    result.push(...found);
  });
  return result;
}

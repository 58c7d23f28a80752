// Finds quotation marks in an article's paragraphs: pairs, multi-paragraph quotes, stray marks.
import type { LanguageProfile } from './languages/index.js';

/** One quoted stretch of a paragraph, marks included. */
export interface QuoteSpan {
  paragraph: number;
  /** Index of the opening mark. */
  start: number;
  /** End (exclusive): after the closing mark, or the paragraph's end when left open. */
  end: number;
  /** The quoted words without the marks. */
  innerStart: number;
  innerEnd: number;
  /** False when the quote runs to the end of the paragraph without a closing mark. */
  closed: boolean;
  /** Continues a quote left open at the end of the previous paragraph. */
  continues: boolean;
  /** Left open and continued by the next paragraph's opening mark. */
  continued: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const FINAL = /[.,!?…—–:;-]/;
const DOUBLE = new Set(['“', '„', '«', '‹', '"', '``', "''"]);

/** The mark at i: a two-character ASCII mark first, else one character (or null). */
function markAt(text: string, i: number, pairs: LanguageProfile['quotePairs']): string | null {
  const two = text.slice(i, i + 2);
  if (two === '``' || two === "''") return two;
  const c = text[i]!;
  return c in pairs || Object.values(pairs).some((cl) => cl.includes(c)) ? c : null;
}

function isBoundaryBefore(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;—–(―]$/.test(before) || /[”"»›“']$/.test(before);
}

function looksLikeOpener(text: string, i: number, mark: string): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + mark.length] ?? '';
  // French sets its guillemets apart from the words (« Oui »).
  if (!next || (/\s/.test(next) && mark !== '«' && mark !== '‹')) return false;
  if (mark === '"' || mark === "''") return !LETTER.test(prev);
  if (mark === "'" || mark === '‘') {
    // Single marks open a quote only where an utterance can start (British style), never mid-word.
    return !LETTER.test(prev) && /\p{Lu}/u.test(next) && isBoundaryBefore(text, i);
  }
  if (mark === '»') return false; // reversed guillemets are too rare to risk pairing stray marks
  return true;
}

function looksLikeCloser(text: string, i: number, open: string, close: string): boolean {
  const next = text[i + close.length] ?? '';
  const prev = text[i - 1] ?? '';
  const proper = close === (PROPER[open] ?? close);
  // A mark of the other style closes only after the utterance's own punctuation ("…tomorrow,\"").
  if (!proper && !FINAL.test(prev) && !(/[’']/.test(prev) && FINAL.test(text[i - 2] ?? ''))) return false;
  if (close === '"' || close === "''" || close === "'" || close === '’') return !LETTER.test(next) && (close === '"' || close === "''" || FINAL.test(prev));
  return true;
}
const PROPER: Record<string, string> = { '“': '”', '"': '"', '„': '“', '«': '»', '‹': '›', '‘': '’', "'": "'", '``': "''", "''": "''" };

interface Open { at: number; mark: string }

function scanParagraph(text: string, pairs: LanguageProfile['quotePairs']): { spans: Array<{ start: number; end: number; innerStart: number; innerEnd: number }>; open: Open | null } {
  const spans: Array<{ start: number; end: number; innerStart: number; innerEnd: number }> = [];
  let open: Open | null = null;
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i, pairs);
    if (!mark) continue;
    if (open) {
      const closers: readonly string[] = pairs[open.mark] ?? [];
      // "''" after a nested single mark ("…smiling?' ''") is the pair, not two singles.
      if (closers.includes(mark) && looksLikeCloser(text, i, open.mark, mark)) {
        spans.push({ start: open.at, end: i + mark.length, innerStart: open.at + open.mark.length, innerEnd: i });
        open = null;
        i += mark.length - 1;
        continue;
      }
      // Another opening mark of the same kind after a space: the earlier one was a stray; start over here.
      if (mark === open.mark && mark !== "'" && mark !== "''" && /\s/.test(text[i - 1] ?? ' ') && looksLikeOpener(text, i, mark)) open = { at: i, mark };
      i += mark.length - 1;
      continue;
    }
    if (mark in pairs && looksLikeOpener(text, i, mark)) {
      open = { at: i, mark };
      i += mark.length - 1;
    }
  }
  return { spans, open };
}

function opensWithMark(text: string, pairs: LanguageProfile['quotePairs']): boolean {
  const mark = text.length > 1 ? markAt(text, 0, pairs) : null;
  return !!mark && (DOUBLE.has(mark) || mark === '‘') && mark in pairs;
}

/**
 * Every quoted stretch in the paragraphs (voiced or not). Unbalanced marks never swallow more
 * than the rest of their own paragraph, and only when the mark opens an utterance.
 */
export function findQuoteSpans(paragraphs: readonly string[], lang: LanguageProfile): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  const verbs = [...lang.reportingVerbs].join('|');
  const attributionAfter = verbs ? new RegExp(String.raw`[,?!](?=\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:${verbs})\b)`, 'u') : null;
  paragraphs.forEach((text, paragraph) => {
    const { spans, open } = scanParagraph(text, lang.quotePairs);
    const found: QuoteSpan[] = spans.map((s) => ({ paragraph, ...s, closed: true, continues: false, continued: false }));
    if (open && (isBoundaryBefore(text, open.at) || /,$/.test(text.slice(0, open.at).trimEnd()))) {
      const next = paragraphs[paragraph + 1] ?? '';
      const innerStart = open.at + open.mark.length;
      // A missing closing mark before an attribution ("…a disgrace, shopkeeper Gary Lund wrote"): close it there.
      const attribution = attributionAfter?.exec(text.slice(open.at));
      if (attribution) {
        const end = open.at + attribution.index + 1;
        found.push({ paragraph, start: open.at, end, innerStart, innerEnd: end, closed: false, continues: false, continued: false });
      } else {
        const continued = open.mark !== "'" && opensWithMark(next, lang.quotePairs);
        found.push({ paragraph, start: open.at, end: text.length, innerStart, innerEnd: text.length, closed: false, continues: false, continued });
      }
    }
    const last = result[result.length - 1];
    if (found.length && found[0]!.start === 0 && last?.continued && last.paragraph === paragraph - 1) found[0]!.continues = true;
    result.push(...found);
  });
  return result;
}

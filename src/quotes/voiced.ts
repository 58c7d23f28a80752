// Decides whether a quoted stretch is a voiced utterance or a scare quote, coined term or title.
import type { QuoteSpan } from './marks.js';
import type { LanguageProfile } from './languages/index.js';

/** Minimum words of a quoted fragment woven into a reported sentence ("said it was “a very long way” off"). */
const FRAGMENT_WORDS = 3;
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'or', 'with', 'from']);
const CLOSING_MARKS = /[’'"”»›`\s]+$/u;

/** A reporting verb, participle, or the -ing form of a reporting verb ("chanting"). */
export function isReportingWord(word: string, lang: LanguageProfile): boolean {
  const w = word.toLowerCase();
  if (lang.reportingVerbs.has(w) || lang.participles.has(w)) return true;
  if (!w.endsWith('ing')) return false;
  const stem = w.slice(0, -3);
  return [`${stem}ed`, `${stem}s`, `${stem}es`].some((f) => lang.reportingVerbs.has(f));
}

/** True when the text before a quote lets an utterance start there (sentence start, colon, comma, a reporting verb). */
function opensUtterance(before: string, lang: LanguageProfile): boolean {
  const b = before.trimEnd();
  if (b === '' || /[.!?:;—–―(,]$/.test(b) || /[”"»›“«']$/.test(b)) return true;
  const last = /([\p{L}]+)$/u.exec(b)?.[1] ?? '';
  return isReportingWord(last, lang);
}

/** True when the quote starts where an utterance can (not a fragment woven into the narrator's sentence). */
export function opensAnUtterance(text: string, span: QuoteSpan, lang: LanguageProfile): boolean {
  return span.continues || opensUtterance(text.slice(0, span.start), lang);
}

/** Start of the sentence holding `at` (a rough cut: the article's sentences are already split elsewhere). */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const m = /(?:^|[.!?]["”’]?\s+)(?=[^.!?]*$)/u.exec(before);
  return m ? before.slice(m.index + m[0].length) : before;
}

/** A title or name in quotes: every longer word capitalised, no sentence punctuation. */
function looksLikeTitle(inner: string): boolean {
  const ws = inner.replace(/[,;:]$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || /[.!?]/.test(inner)) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

/**
 * A voiced quote is an utterance: a whole sentence or clause that starts where an utterance can start,
 * or a fragment of at least three words woven into a sentence that reports speech ("said the plan was
 * “a shortcut dressed up as a reform”"). Scare quotes, coined terms and titles are not.
 */
export function isVoiced(text: string, span: QuoteSpan, lang: LanguageProfile): boolean {
  if (span.continues) return true;
  const inner = text.slice(span.innerStart, span.innerEnd).trim();
  if (!/[\p{L}\p{N}]/u.test(inner)) return false;
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const attributedAfter = (() => {
    const ws = /^,?\s*((?:[^\s,]+\s+){0,3}[^\s,]+)/u.exec(after)?.[1]?.split(/\s+/) ?? [];
    return ws.some((w) => isReportingWord(w.replace(/[^\p{L}]/gu, ''), lang));
  })();
  if (looksLikeTitle(inner) && !attributedAfter) return false;
  // A citation in brackets ("(“Quarry approved,” March 3)") is a headline, not speech.
  if (/\($/.test(before.trimEnd()) && !attributedAfter) return false;
  const core = inner.replace(CLOSING_MARKS, '');
  const wordCount = inner.split(/\s+/).length;
  if (opensUtterance(before, lang)) {
    if (!span.closed) return true;
    if (/[.!?,…;:—–-]$/.test(core) || /[.!?]\s+\S/.test(inner)) return true;
    // British style keeps the comma outside: “…”, she said.
    if (attributedAfter && /^,/.test(after)) return true;
    if (/:$/.test(before.trimEnd()) && wordCount >= 2) return true;
    // Without the language's verbs, a quote of two words or more that opens an utterance is taken as one.
    if (!lang.attributes && wordCount >= 2) return true;
  }
  // A shout or a question of its own ("a chant of “Keep the boat!”") is voiced wherever it stands.
  if (wordCount >= 2 && /[!?]$/.test(core)) return true;
  // A fragment woven into a sentence that reports speech.
  if (wordCount < FRAGMENT_WORDS) return false;
  const sentence = sentenceBefore(text, span.start);
  const reported = sentence.split(/[^\p{L}'’-]+/u).some((w) => isReportingWord(w, lang)) || /\baccording to\b|\bin a statement\b/i.test(sentence);
  return reported || attributedAfter;
}

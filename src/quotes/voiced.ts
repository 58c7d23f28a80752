// Decides whether a quoted stretch is a voiced utterance or a scare quote, coined term or title.
import type { QuoteSpan } from './marks.js';
import { REPORTING_PARTICIPLES, REPORTING_VERBS } from './lexicon.js';

/** True when the text before a quote lets an utterance start there (sentence start, colon, comma, "as saying"). */
function opensUtterance(before: string): boolean {
  const b = before.trimEnd();
  if (b === '' || /[.!?:;—–(,]$/.test(b) || /[”"»›“«]$/.test(b)) return true;
  const last = /([\p{L}]+)$/u.exec(b)?.[1]?.toLowerCase() ?? '';
  return REPORTING_VERBS.has(last) || REPORTING_PARTICIPLES.has(last);
}

/**
 * A voiced quote is a whole utterance: it starts where an utterance can start and is a sentence or
 * clause with its own closing punctuation (or runs across sentences or paragraphs). Quoted words
 * woven into the narrator's sentence ("seeks to “demilitarize” the country"), titles and labels are not.
 */
export function isVoiced(text: string, span: QuoteSpan): boolean {
  if (span.continues) return true;
  const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end).trim();
  if (!/[\p{L}\p{N}]/u.test(inner)) return false;
  const before = text.slice(0, span.start);
  if (!opensUtterance(before)) return false;
  if (!span.closed) return true;
  if (/[.!?,…;:—–-]$/.test(inner) || /[.!?]\s+\S/.test(inner)) return true;
  // British style keeps the comma outside: “…”, she said.
  const next = /^,\s+(.{0,40})/su.exec(text.slice(span.end))?.[1] ?? '';
  const words = next.split(/\s+/).slice(0, 4).map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
  if (words.some((w) => REPORTING_VERBS.has(w))) return true;
  return /:$/.test(before.trimEnd()) && inner.split(/\s+/).length >= 2;
}

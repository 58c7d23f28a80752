// Finds the voiced quotes of an article and who speaks each one.
import { findPeople, maskRanges } from './people.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { isVoiced, opensAnUtterance } from './voiced.js';
import { collectReferences, type Reference, type Speaker } from './entities.js';
import { attributeQuote, type AttributionContext } from './attribute.js';
import { profileFor, type LanguageProfile } from './languages/index.js';
import { continuesChain } from './chain.js';

/** A voiced quote: marks included, in the coordinates of its (whitespace-normalized) paragraph. */
export interface FoundQuote {
  paragraph: number;
  start: number;
  end: number;
  /** Canonical name or short description; null when unsure (the narrator reads it). */
  speaker: string | null;
  speakerKind: Speaker['kind'] | null;
  /** The speaker's gender when the text says it (pronouns, honorifics, relational words, first name); else null. */
  gender: 'female' | 'male' | null;
}

/** Options of findQuotes. */
export interface FindOptions {
  /** Article language (BCP 47); default "en". A language without a profile finds quotes by their marks only. */
  language?: string;
}

function voicedSpans(paragraphs: readonly string[], spans: readonly QuoteSpan[], lang: LanguageProfile): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let chainVoiced = false;
  for (const span of spans) {
    const voiced: boolean = span.continues ? chainVoiced : isVoiced(paragraphs[span.paragraph]!, span, lang);
    chainVoiced = voiced && span.continued;
    if (voiced) out.push(span);
  }
  return out;
}

/** Put back the final ".", "!" or "?" of each blanked quote, so "…in red ink.” He has read both" stays two sentences. */
function keepSentenceEnds(masked: string[], paragraphs: readonly string[], voiced: readonly QuoteSpan[]): string[] {
  for (const q of voiced) {
    const inner = paragraphs[q.paragraph]!.slice(q.start, q.end);
    const m = /([.!?])[\s"'”’»›`]*$/u.exec(inner);
    if (!m) continue;
    const at = q.start + m.index;
    const text = masked[q.paragraph]!;
    masked[q.paragraph] = text.slice(0, at) + m[1] + text.slice(at + 1);
  }
  return masked;
}

function insertRef(refs: Reference[], ref: Reference): void {
  let i = refs.length;
  while (i > 0 && (refs[i - 1]!.paragraph > ref.paragraph || (refs[i - 1]!.paragraph === ref.paragraph && refs[i - 1]!.at > ref.at))) i--;
  refs.splice(i, 0, ref);
}

/** Voiced quotes of an article's paragraphs (already whitespace-normalized), in order, with speakers. */
export function findQuotes(paragraphs: readonly string[], options: FindOptions = {}): FoundQuote[] {
  const lang = profileFor(options.language);
  const spans = findQuoteSpans(paragraphs, lang);
  const voiced = voicedSpans(paragraphs, spans, lang);
  if (!lang.attributes) return voiced.map((q) => ({ paragraph: q.paragraph, start: q.start, end: q.end, speaker: null, speakerKind: null, gender: null }));
  const masked = keepSentenceEnds(maskRanges(paragraphs, voiced, '\u0000'), paragraphs, voiced);
  const people = findPeople(paragraphs, { ignore: spans, lang });
  const ctx: AttributionContext = { masked, texts: paragraphs, people, refs: collectReferences(masked, people, lang), learned: new Map(), lang };
  const speakers: Array<Speaker | null> = [];
  voiced.forEach((q, i) => {
    const prev = voiced[i - 1]?.paragraph === q.paragraph ? voiced[i - 1] : undefined;
    const next = voiced[i + 1]?.paragraph === q.paragraph ? voiced[i + 1] : undefined;
    const previous = prev ? speakers[i - 1] ?? null : null;
    const found = attributeQuote(ctx, q, { prevEnd: prev?.end ?? 0, nextStart: next?.start ?? paragraphs[q.paragraph]!.length, previous });
    // Never inherit: a quote with a frame of its own that did not resolve is the narrator's. One without any
    // frame may continue the speaker before it.
    const speaker = found.framed ? found.speaker : continuesChain(ctx, voiced, speakers, i);
    speakers.push(speaker);
    // A fragment woven into narration (“called it “a shortcut””) is cited, not a turn: it does not lead the chain.
    if (speaker) insertRef(ctx.refs, { speaker, paragraph: q.paragraph, at: q.start, role: opensAnUtterance(paragraphs[q.paragraph]!, q, lang) ? 'speaker' : 'subject' });
  });
  // Parts of one multi-paragraph quote share the speaker found for any of them.
  for (let i = 0; i < voiced.length; i++) {
    let j = i;
    while (voiced[j]!.continued && voiced[j + 1]?.continues) j++;
    const found = speakers.slice(i, j + 1).find((s) => s);
    for (let k = i; k <= j; k++) speakers[k] = found ?? null;
    i = j;
  }
  return voiced.map((q, i) => {
    const s = speakers[i] ?? null;
    const person = s?.person !== undefined ? people.persons[s.person] : undefined;
    return {
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      speaker: s?.label ?? null,
      speakerKind: s?.kind ?? null,
      gender: s ? person?.gender ?? s.gender ?? ctx.learned.get(s.label) ?? null : null,
    };
  });
}

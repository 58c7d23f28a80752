// Finds the voiced quotes of an article and who speaks each one.
import { findPeople, maskRanges } from './people.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { isVoiced } from './voiced.js';
import { collectReferences, type Reference, type Speaker } from './entities.js';
import { attributeQuote, type AttributionContext } from './attribute.js';

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
  /** Article language (BCP 47); default "en". */
  language?: string;
}

function voicedSpans(paragraphs: readonly string[], spans: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let chainVoiced = false;
  for (const span of spans) {
    const voiced: boolean = span.continues ? chainVoiced : isVoiced(paragraphs[span.paragraph]!, span);
    chainVoiced = voiced && span.continued;
    if (voiced) out.push(span);
  }
  return out;
}



function insertRef(refs: Reference[], ref: Reference): void {
  let i = refs.length;
  while (i > 0 && (refs[i - 1]!.paragraph > ref.paragraph || (refs[i - 1]!.paragraph === ref.paragraph && refs[i - 1]!.at > ref.at))) i--;
  refs.splice(i, 0, ref);
}

/** Voiced quotes of an article's paragraphs (already whitespace-normalized), in order, with speakers. */
export function findQuotes(paragraphs: readonly string[], _options: FindOptions = {}): FoundQuote[] {
  const spans = findQuoteSpans(paragraphs);
  const voiced = voicedSpans(paragraphs, spans);
  const masked = maskRanges(paragraphs, voiced, '\u0000');
  const people = findPeople(paragraphs, { ignore: spans });
  const ctx: AttributionContext = { masked, people, refs: collectReferences(masked, people), learned: new Map() };
  const speakers: Array<Speaker | null> = [];
  voiced.forEach((q, i) => {
    const prev = voiced[i - 1]?.paragraph === q.paragraph ? voiced[i - 1] : undefined;
    const next = voiced[i + 1]?.paragraph === q.paragraph ? voiced[i + 1] : undefined;
    const previous = prev ? speakers[i - 1] ?? null : null;
    let speaker = attributeQuote(ctx, q, { prevEnd: prev?.end ?? 0, nextStart: next?.start ?? paragraphs[q.paragraph]!.length, previous });
    // An unattributed quote right after one by a known speaker, with nobody else named between, continues it.
    if (!speaker && prev && previous) {
      const between = ctx.refs.some((r) => r.paragraph === q.paragraph && r.at >= prev.end && r.at < q.start && r.speaker.kind !== 'group' && r.speaker.label !== previous.label);
      if (!between) speaker = previous;
    }
    // A paragraph opening with an unattributed quote, right after a paragraph whose last words were
    // a quote by a known speaker, continues that speaker (news often runs a quote on this way).
    const before = voiced[i - 1];
    if (!speaker && !prev && q.start === 0 && before && before.paragraph === q.paragraph - 1 && speakers[i - 1]) {
      const lastText = masked[before.paragraph]!;
      const tail = lastText.slice(before.end);
      const othersAfter = ctx.refs.some((r) => r.paragraph === before.paragraph && r.at >= before.end && r.speaker.label !== speakers[i - 1]!.label);
      const attributedLater = voiced.some((v, k) => k > i && v.paragraph === q.paragraph);
      if (!othersAfter && !attributedLater && tail.length < 80 && !/[?]\s*$/.test(tail)) speaker = speakers[i - 1]!;
    }
    speakers.push(speaker);
    if (speaker) insertRef(ctx.refs, { speaker, paragraph: q.paragraph, at: q.start });
  });
  // Parts of one multi-paragraph quote share the speaker found for any of them.
  for (let i = 0; i < voiced.length; i++) {
    let j = i;
    while (voiced[j]!.continued && voiced[j + 1]?.continues) j++;
    const found = speakers.slice(i, j + 1).find((s) => s);
    for (let k = i; k <= j; k++) speakers[k] = found ?? null;
    i = j;
  }
  return voiced.map((q, i) => ({
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    speaker: speakers[i]?.label ?? null,
    speakerKind: speakers[i]?.kind ?? null,
    gender: speakers[i] ? speakers[i]!.gender ?? ctx.learned.get(speakers[i]!.label) ?? null : null,
  }));
}

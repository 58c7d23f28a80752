// Continuations: a quote without a frame of its own goes on with the speaker just before it, if nobody came between.
import type { QuoteSpan } from './marks.js';
import type { Speaker } from './entities.js';
import type { AttributionContext } from './subject.js';
import { resolvePronoun } from './pronouns.js';
import { sentenceEnd, sentenceStart } from './clauses.js';

/** Another clause subject between two points of one paragraph ("…” said Reilly, who worked for Brandt. “…”" has none). */
function otherSubjectBetween(ctx: AttributionContext, paragraph: number, from: number, to: number, speaker: Speaker): boolean {
  return ctx.refs.some(
    (r) => r.paragraph === paragraph && r.at >= from && r.at < to && (r.role === 'subject' || r.role === 'speaker') && r.speaker.kind !== 'group' && r.speaker.label !== speaker.label,
  );
}

/**
 * The speaker an unframed quote continues, or null: the previous quote's speaker in the same paragraph
 * when no other subject is named between; the last speaker of the paragraph before when this paragraph
 * opens with the quote and that one ended on the speaker's words; or the current speaker when the
 * sentence just before is about them ("He pauses. “…”").
 */
export function continuesChain(ctx: AttributionContext, voiced: readonly QuoteSpan[], speakers: readonly (Speaker | null)[], i: number): Speaker | null {
  const q = voiced[i]!;
  const before = voiced[i - 1];
  const last = speakers[i - 1] ?? null;
  if (!before || !last) return null;
  const text = ctx.masked[q.paragraph]!;
  if (before.paragraph === q.paragraph) {
    // "…,” insisted Raj Patel, the county's emergency manager. “…”": the attribution's own apposition is no one new.
    const attribution = sentenceEnd(text, before.end);
    const other = ctx.refs.some(
      (r) => r.paragraph === q.paragraph && r.at >= Math.min(attribution, q.start) && r.at < q.start && (r.role === 'subject' || r.role === 'speaker') && r.speaker.kind !== 'group' && r.speaker.label !== last.label,
    );
    return other ? null : last;
  }
  if (before.paragraph !== q.paragraph - 1 && !(before.continued && q.continues)) return null;
  const prevText = ctx.masked[before.paragraph]!;
  const tail = prevText.slice(before.end);
  if (q.start === 0) {
    // Only a paragraph of quoted words continues: "“…” The line, repeated by three patrons, …" does not.
    if (/\p{L}/u.test(text.slice(q.end).replace(/\u0000+/g, ''))) return null;
    const attributedLater = voiced.some((v, k) => k > i && v.paragraph === q.paragraph);
    if (otherSubjectBetween(ctx, before.paragraph, before.end, prevText.length, last) || attributedLater || tail.length >= 120 || /\?\s*$/.test(tail)) return null;
    return last;
  }
  // "He pauses. “…”": the sentence before the quote has the current speaker as its subject.
  const s = sentenceStart(text, q.start);
  const lead = text.slice(0, q.start);
  if (s === 0 || lead.trim() === '' || otherSubjectBetween(ctx, q.paragraph, 0, q.start, last)) return null;
  const first = /^\s*(he|she)\b/i.exec(lead);
  if (first && lead.slice(0, s).trim().split(/[.!?]\s/).length === 1) {
    const referent = resolvePronoun(ctx, first[1]!, q.paragraph, lead.indexOf(first[1]!));
    if (referent && referent.label === last.label) return last;
  }
  return null;
}

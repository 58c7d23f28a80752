// Finds who speaks each voiced quote from the reporting frame around it, within the quote's own sentence.
import type { Speaker } from './entities.js';
import { personSpeaker } from './entities.js';
import { speakerOf, type AttributionContext } from './subject.js';
import { clauseSubject, sentenceEnd, sentenceStart, words, type Word } from './clauses.js';

export type { AttributionContext } from './subject.js';

/** Where a quote sits: paragraph and offsets in the masked paragraph text. */
export interface QuotePlace {
  paragraph: number;
  start: number;
  end: number;
}

/** The outcome for one quote: its speaker, and whether it had a reporting frame at all. */
export interface Attribution {
  speaker: Speaker | null;
  /** True when a frame (verb, colon, dash, "according to") ties the quote to someone: unresolved then means the narrator. */
  framed: boolean;
}

const NONE: Attribution = { speaker: null, framed: false };
const CUT = /\s(?:in|at|on|after|before|as|while|when|during|from|to|with|outside|near|inside|by|smiling|laughing|who|which|whose|before|pointing|holding|drawing|declining|asking|adding|speaking)\s/;
const FOLLOWS_VERB = /^(?:[\s,.;:!?]|$|\s+(?:to|as|when|while|before|after|in|at|on|from|with|of|about|for|into|over|outside|afterwards?|later|again|back|then|quietly|firmly)\b)/;

/** Number of words of a reporting verb starting at words[i] (0 when none). */
function verbAt(ctx: AttributionContext, ws: readonly Word[], i: number): number {
  const w = ws[i];
  if (!w) return 0;
  const two = ws[i + 1] ? `${w.lower} ${ws[i + 1]!.lower}` : '';
  if (ctx.lang.phrasalVerbs.includes(two)) return 2;
  return ctx.lang.reportingVerbs.has(w.lower) ? 1 : 0;
}

/** "—" followed by a name: a reader's byline ("“…” ― Margery Pennock, Leeds"). */
function byline(ctx: AttributionContext, q: QuotePlace, rest: string): Attribution | null {
  const dash = /^\s*[―—–]\s*/.exec(rest);
  if (!dash) return null;
  const at = q.end + dash[0].length;
  const m = ctx.people.mentions.find((x) => x.paragraph === q.paragraph && x.start === at);
  if (m && !/^(?:,[^.!?]{0,60})?\s*$/u.test(ctx.masked[q.paragraph]!.slice(m.end))) return null;
  return m ? { speaker: personSpeaker(ctx.people, m.person), framed: true } : null;
}

/** The frame after the quote: "…,” said Mayor Helen Carver, who …" / "…,” she told reporters." / "…,” he fumed." */
function after(ctx: AttributionContext, q: QuotePlace, limit: number): Attribution {
  const text = ctx.masked[q.paragraph]!;
  const inner = ctx.texts[q.paragraph]!.slice(q.start, q.end).replace(/[\s"'”’»›`]+$/u, '');
  const stop = Math.min(limit, sentenceEnd(text, q.end));
  const rest = text.slice(q.end, stop);
  const dash = byline(ctx, q, rest);
  if (dash) return dash;
  // A quote that ends its own sentence ("…again.”) is attributed after it only by a lower-case continuation.
  if (/[.]$/.test(inner) && !/^\s*\p{Ll}/u.test(rest)) return NONE;
  if (!/^\s*,?\s*\S/.test(rest) || /^\s*[.!?]/.test(rest)) return NONE;
  const acc = /^\s*,?\s*according to\s+/i.exec(rest);
  if (acc) {
    const s = q.end + acc[0].length;
    const e = s + (/^[^,;]+/.exec(text.slice(s, stop))?.[0].length ?? 0);
    return { speaker: speakerOf(ctx, q.paragraph, s, e), framed: true };
  }
  const relay = /^\s*,?\s*(?:[\p{L}'’.-]+\s+){0,4}?(?:quoted|cited)\s+((?:[\p{L}'’.-]+\s+){0,5}?)as\s+saying\b/iu.exec(rest);
  if (relay?.[1]) {
    const s = q.end + relay[0].lastIndexOf(relay[1], relay[0].length - 'as saying'.length);
    return { speaker: speakerOf(ctx, q.paragraph, s, s + relay[1].trimEnd().length), framed: true };
  }
  const ws = words(rest, q.end);
  const v0 = verbAt(ctx, ws, 0);
  if (v0) {
    // Inverted: "…,” said Del. Maria Ortez (D-Fairfax), a former teacher.
    const s = ws[v0]?.s;
    if (s === undefined) return { speaker: null, framed: true };
    const tail = text.slice(s, stop);
    const ends = [tail.search(/[,;(]/), tail.search(CUT)].filter((x) => x >= 0);
    let e = ends.length ? s + Math.min(...ends) : stop;
    // Apposition: "said its spokeswoman, Gwen Hughes."
    if (tail[e - s] === ',') {
      const m = ctx.people.mentions.find((x) => x.paragraph === q.paragraph && x.start === e + 2);
      if (m) e = m.end;
    }
    return { speaker: speakerOf(ctx, q.paragraph, s, e), framed: true };
  }
  // Subject first: the nearest reporting verb, or any verb right after a short subject (“…,” Name verbed.).
  const subjectLimit = (i: number) => {
    const span = text.slice(ws[0]!.s, ws[i]!.s);
    return i <= 8 || (/,/.test(span) && i <= 40);
  };
  // The subject ends where a new clause starts ("…” came the reply, and even Dunleavy laughed").
  const clauseEnd = rest.search(/;|,\s+(?:and|but|while|as|before|after|when)\b/);
  const inClause = (w: Word) => clauseEnd < 0 || w.s < q.end + clauseEnd;
  for (let i = 1; i < ws.length && subjectLimit(i) && inClause(ws[i]!); i++) {
    if (verbAt(ctx, ws, i)) return { speaker: speakerOf(ctx, q.paragraph, ws[0]!.s, ws[i - 1]!.e), framed: true };
  }
  for (let i = 1; i < Math.min(ws.length, 5); i++) {
    const w = ws[i]!;
    if (!/^\p{Ll}+(?:ed|s)$/u.test(w.w) || !FOLLOWS_VERB.test(text.slice(w.e))) continue;
    const subject = speakerOf(ctx, q.paragraph, ws[0]!.s, ws[i - 1]!.e);
    return subject ? { speaker: subject, framed: true } : NONE;
  }
  return NONE;
}

/** The frame before the quote: "…, Mayor Alan Brooks said: “…”" / "Said Reilly: “…”" / "…, saying, “…”" / "Robles had an answer: “…”". */
function before(ctx: AttributionContext, q: QuotePlace, from: number, previous: Speaker | null): Attribution {
  const text = ctx.masked[q.paragraph]!;
  const s0 = Math.max(from, sentenceStart(text, q.start));
  const pre = text.slice(s0, q.start);
  if (!pre.trim()) return NONE;
  const relay = /\b(?:quoted|cited|quoting|citing)\s+(.+?)\s+as\s+saying\s*[:,]?\s*$/i.exec(pre);
  if (relay) {
    const s = s0 + relay.index + relay[0].indexOf(relay[1]!);
    return { speaker: speakerOf(ctx, q.paragraph, s, s + relay[1]!.length), framed: true };
  }
  const acc = /\baccording to\s+([^,]+),\s*$/i.exec(pre);
  if (acc) {
    const s = s0 + acc.index + acc[0].indexOf(acc[1]!);
    return { speaker: speakerOf(ctx, q.paragraph, s, s + acc[1]!.length), framed: true };
  }
  const ws = words(pre, s0);
  // The reporting verb nearest the quote.
  for (let i = ws.length - 1; i >= 0; i--) {
    const n = verbAt(ctx, ws, i);
    const participle = ctx.lang.participles.has(ws[i]!.lower);
    if (!n && !participle) continue;
    if (participle) {
      // "Reilly attacked the plan, saying, “…”": the clause's subject; a bare "Adding: “…”" continues the speaker.
      if (i === 0) return { speaker: previous, framed: true };
      return { speaker: clauseSubject(ctx, q.paragraph, s0, ws[i]!.s), framed: true };
    }
    if (i === 0 || (i === 1 && /^\p{Lu}/u.test(ws[0]!.w) && ctx.lang.speakerAdverbs.has(ws[0]!.lower))) {
      // "Said Reilly: “…”" / "Said Odedra-Whyte in her acceptance speech:".
      const s = ws[i + n]?.s;
      if (s === undefined) return { speaker: null, framed: true };
      const tail = text.slice(s, q.start);
      const cut = [tail.search(/[,:;(]/), tail.search(CUT)].filter((x) => x >= 0);
      return { speaker: speakerOf(ctx, q.paragraph, s, cut.length ? s + Math.min(...cut) : q.start), framed: true };
    }
    return { speaker: clauseSubject(ctx, q.paragraph, s0, ws[i]!.s), framed: true };
  }
  // A colon with no verb: the sentence's subject ("Robles had an answer ready: “…”", "Kezia, Hull: “…”").
  if (/:\s*$/.test(pre)) return { speaker: clauseSubject(ctx, q.paragraph, s0, q.start, true), framed: true };
  return NONE;
}

/**
 * The speaker of one voiced quote from its frame after it, then before it, never across a sentence end.
 * `nextStart` is where the next quote of the paragraph begins; `prevEnd` where the previous one ended.
 */
export function attributeQuote(
  ctx: AttributionContext,
  q: QuotePlace,
  around: { prevEnd: number; nextStart: number; previous: Speaker | null },
): Attribution {
  const text = ctx.masked[q.paragraph]!;
  const pre = text.slice(around.prevEnd, q.start);
  // A paragraph that ends "She told the local radio station:" introduces the quote that opens the next one.
  const previousText = ctx.masked[q.paragraph - 1];
  if (q.start === 0 && previousText && /:\s*$/.test(previousText)) {
    const end = previousText.trimEnd().length;
    const intro = before(ctx, { paragraph: q.paragraph - 1, start: end, end }, 0, null);
    if (intro.framed) return intro;
  }
  // A fragment woven into the sentence (“…said it was “a very long way” off”) takes the verb before it first.
  if (/(?:as\s+saying|according to [^,]+,)\s*:?\s*$/i.test(pre) || /:\s*$/.test(pre) || /[\p{L}\p{N}]\s*$/u.test(pre)) {
    const b = before(ctx, q, around.prevEnd, around.previous);
    return b.framed ? b : after(ctx, q, around.nextStart);
  }
  const a = after(ctx, q, around.nextStart);
  return a.framed ? a : before(ctx, q, around.prevEnd, around.previous);
}

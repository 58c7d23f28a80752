// Finds who speaks each voiced quote from the narration around it: reporting verbs, pronouns, relays.
import { PHRASAL_REPORTING, REPORTING_PARTICIPLES, REPORTING_VERBS, ROLE_NOUNS, GROUP_NOUNS, SPEAKER_ADVERBS, PRONOUNS, NOT_NAME_WORDS, ORG_WORDS } from './lexicon.js';
import { lowerDeterminer, resolveDefinite, resolvePronoun, type Reference, type Speaker } from './entities.js';
import type { People } from './people.js';

/** Where a quote sits: paragraph and offsets in the masked paragraph text. */
export interface QuotePlace {
  paragraph: number;
  start: number;
  end: number;
}

export interface AttributionContext {
  /** Paragraphs with every voiced quote blanked out (same length). */
  masked: readonly string[];
  people: People;
  refs: Reference[];
  /** Genders learned from pronouns for people whose names did not say ("Kirsty Muir … she asked"). */
  learned: Map<string, 'male' | 'female'>;
}

const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|vs|[A-Z])\.$/;

/** Index just past the end of the sentence that starts at `from` (or text length). */
function sentenceEnd(text: string, from: number): number {
  const re = /[.!?]["”’»›]?(?=\s|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) return m.index + m[0].length;
  }
  return text.length;
}

/** Start of the sentence containing `at`. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  const re = /[.!?]["”’»›]?(?=\s)/g;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    if (!ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) start = m.index + m[0].length;
  }
  return start;
}

interface Word { w: string; lower: string; s: number; e: number }
function words(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)].map((m) => {
    const w = m[0].replace(/\.$/, (d) => (ABBREV.test(m[0]) ? d : ''));
    return { w, lower: w.toLowerCase().replace(/['’]s$/, ''), s: offset + m.index!, e: offset + m.index! + w.length };
  });
}

/** Length in words of a reporting verb starting at words[i] (0 when none). */
function verbAt(ws: readonly Word[], i: number): number {
  const w = ws[i];
  if (!w) return 0;
  const two = ws[i + 1] ? `${w.lower} ${ws[i + 1]!.lower}` : '';
  if (PHRASAL_REPORTING.includes(two)) return 2;
  return REPORTING_VERBS.has(w.lower) ? 1 : 0;
}

const INTRO = /^(?:asked|in|on|at|after|before|later|earlier|speaking|back|outside|when|while|under|responding|late|near|during|following|writing|interviewed|pressed|questioned|addressing|reacting|meanwhile|separately)\b/i;
const CUT = /\s(?:in|at|on|after|before|as|while|when|during|from|to|with|outside|smiling|laughing)\s/;

/** Resolve a subject phrase (offsets in the paragraph) to a speaker, or null when unsure. */
function speakerOf(ctx: AttributionContext, paragraph: number, start: number, end: number): Speaker | null {
  const text = ctx.masked[paragraph]!;
  let phrase = text.slice(start, end).replace(/[\s,;:.!?]+$/, '');
  phrase = phrase.replace(/(\s+\p{Ll}+)+$/u, (tail) => (tail.trim().split(/\s+/).every((w) => SPEAKER_ADVERBS.has(w)) ? '' : tail));
  if (!phrase.trim() || phrase.includes('\u0000')) return null;
  const lower = phrase.trim().toLowerCase();
  if (lower in PRONOUNS) return resolvePronoun(lower, ctx.refs, paragraph, start, ctx.learned, ctx.masked);
  // "Weller's spokeswoman" is not Weller: skip possessive mentions.
  const mention = ctx.people.mentions.find(
    (m) => m.paragraph === paragraph && m.start >= start && m.start < start + phrase.length && !/^['’]s?\b|^['’]/.test(text.slice(m.end, m.end + 2)),
  );
  if (mention) {
    const prefix = text.slice(start, mention.start);
    if (!/\b(?:for|of|to|with|who|as|from|by|about|at)\b/i.test(prefix)) {
      const p = ctx.people.persons[mention.person]!;
      return { label: p.name, kind: 'person', gender: p.gender, plural: false, titles: p.titles };
    }
  }
  const ws = lower.split(/\s+/);
  if (ws[0] === 'the' && ws.length <= 3) {
    const role = ws.slice(1).join(' ');
    const found = resolveDefinite(role, ctx.refs, paragraph, start);
    if (found) return found;
  }
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(phrase.trim()) && !NOT_NAME_WORDS.has(lower) && !ORG_WORDS.has(lower)) {
    return { label: phrase.trim(), kind: 'person', gender: null, plural: false };
  }
  if (lower === 'someone' || lower === 'somebody') return { label: lower, kind: 'description', gender: null, plural: false, head: lower };
  const head = ws.map((w) => w.replace(/[^\p{L}-]/gu, '')).find((w) => w in ROLE_NOUNS || GROUP_NOUNS.has(w));
  if (!head) return null;
  const label = lowerDeterminer(phrase.trim()).split(/\s+/).slice(0, 10).join(' ');
  const plural = GROUP_NOUNS.has(head);
  return { label, kind: plural ? 'group' : 'description', gender: ROLE_NOUNS[head] ?? null, plural, head };
}

/** "…,” said Mayor Helen Carver, who …" / "…,” she told reporters." / "…,” according to Brand. */
function after(ctx: AttributionContext, q: QuotePlace, limit: number): Speaker | null {
  const text = ctx.masked[q.paragraph]!;
  const stop = Math.min(limit, sentenceEnd(text, q.end));
  const rest = text.slice(q.end, stop);
  if (!/^\s*,?\s*\S/.test(rest) || /^\s*[.!?]/.test(rest)) return null;
  const acc = /^\s*,?\s*according to\s+/i.exec(rest);
  if (acc) {
    const s = q.end + acc[0].length;
    const e = s + (/^[^,;]+/.exec(text.slice(s, stop))?.[0].length ?? 0);
    return speakerOf(ctx, q.paragraph, s, e);
  }
  // Relayed after the quote: "…,” the agency cited him as saying.
  const relay = /^\s*,?\s*(?:[\p{L}'’.-]+\s+){0,4}?(?:quoted|cited)\s+((?:[\p{L}'’.-]+\s+){0,5}?)as\s+saying\b/iu.exec(rest);
  if (relay?.[1]) {
    const s = q.end + relay[0].lastIndexOf(relay[1], relay[0].length - 'as saying'.length);
    return speakerOf(ctx, q.paragraph, s, s + relay[1].trimEnd().length);
  }
  const ws = words(rest, q.end);
  const v0 = verbAt(ws, 0);
  if (v0) {
    const s = ws[v0]?.s;
    if (s === undefined) return null;
    let e = stop;
    const tail = text.slice(s, stop);
    const comma = tail.search(/[,;]/);
    const cut = tail.search(CUT);
    const ends = [comma, cut].filter((x) => x >= 0);
    if (ends.length) e = s + Math.min(...ends);
    // Apposition: "said its spokeswoman, Gwen Hughes."
    if (comma >= 0 && (cut < 0 || comma < cut)) {
      const m = ctx.people.mentions.find((x) => x.paragraph === q.paragraph && x.start === s + comma + 2);
      if (m) e = m.end;
    }
    return speakerOf(ctx, q.paragraph, s, e);
  }
  for (let i = 1; i < Math.min(ws.length, 8); i++) {
    const n = verbAt(ws, i);
    if (!n) continue;
    return speakerOf(ctx, q.paragraph, ws[0]!.s, ws[i - 1]!.e);
  }
  return null;
}

/** "…, Mayor Alan Brooks said: “…”" / "quoted him as saying" / "According to Mahler, “…”" / "adding: “…”". */
function before(ctx: AttributionContext, q: QuotePlace, from: number, previous: Speaker | null): Speaker | null {
  const text = ctx.masked[q.paragraph]!;
  const s0 = Math.max(from, sentenceStart(text, q.start));
  const pre = text.slice(s0, q.start);
  if (!/[:,]\s*$|saying\s*$/i.test(pre)) return null;
  const relay = /\b(?:quoted|cited|quoting|citing)\s+(.+?)\s+as\s+saying\s*[:,]?\s*$/i.exec(pre);
  if (relay) return speakerOf(ctx, q.paragraph, s0 + relay.index + relay[0].indexOf(relay[1]!), s0 + relay.index + relay[0].indexOf(relay[1]!) + relay[1]!.length);
  const acc = /\baccording to\s+([^,]+),\s*$/i.exec(pre);
  if (acc) {
    const s = s0 + acc.index + acc[0].indexOf(acc[1]!);
    return speakerOf(ctx, q.paragraph, s, s + acc[1]!.length);
  }
  const ws = words(pre, s0);
  const last = ws[ws.length - 1];
  if (last && REPORTING_PARTICIPLES.has(last.lower)) return previous;
  for (let i = 1; i < ws.length; i++) {
    if (!verbAt(ws, i)) continue;
    // Subject: the clause before the verb, without leading introductory phrases ("Asked whether …, ").
    let start = ws[0]!.s;
    const chunks = text.slice(start, ws[i]!.s).split(/,\s+/);
    let offset = start;
    while (chunks.length > 1 && INTRO.test(chunks[0]!)) {
      offset += chunks[0]!.length + 2;
      chunks.shift();
    }
    start = offset;
    return speakerOf(ctx, q.paragraph, start, ws[i]!.s);
  }
  return null;
}

/**
 * The speaker of one voiced quote, from the narration after it, then before it; null when unsure.
 * `nextStart` is where the next quote of the paragraph begins; `prevEnd` where the previous ended.
 */
export function attributeQuote(
  ctx: AttributionContext,
  q: QuotePlace,
  around: { prevEnd: number; nextStart: number; previous: Speaker | null },
): Speaker | null {
  const text = ctx.masked[q.paragraph]!;
  const pre = text.slice(around.prevEnd, q.start);
  // A paragraph that ends "She told the local radio station:" introduces the quote that opens the next one.
  const previousText = ctx.masked[q.paragraph - 1];
  if (q.start === 0 && previousText && /:\s*$/.test(previousText)) {
    const end = previousText.trimEnd().length;
    const intro = before(ctx, { paragraph: q.paragraph - 1, start: end, end }, 0, null);
    if (intro) return intro;
  }
  if (/(?:as\s+saying|according to [^,]+,)\s*:?\s*$/i.test(pre) || /:\s*$/.test(pre)) {
    return before(ctx, q, around.prevEnd, around.previous) ?? after(ctx, q, around.nextStart);
  }
  return after(ctx, q, around.nextStart) ?? before(ctx, q, around.prevEnd, around.previous);
}

// Sentences, words and clause subjects of the masked narration around quotes.
import { speakerOf, type AttributionContext } from './subject.js';
import { ADJECTIVAL, type Speaker } from './entities.js';

const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Del|Rev|Fr|Cllr|No|vs|[A-Z])\.$/;
const OPENERS = /^\s+(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|His|Her|Their)\b/;

/** Is the period at `i` an abbreviation or a name's initial ("Ma. Teresita", "Sen. Pryce") rather than a sentence end? */
function notFinal(text: string, i: number): boolean {
  if (ABBREV.test(text.slice(Math.max(0, i - 6), i + 1))) return true;
  // "since 5 a.m. told her": a sentence never goes on in lower case.
  if (/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) return true;
  return /\b\p{Lu}\p{Ll}?\.$/u.test(text.slice(Math.max(0, i - 3), i + 1)) && /^\s+\p{Lu}/u.test(text.slice(i + 1)) && !OPENERS.test(text.slice(i + 1));
}

/** Index just past the end of the sentence that starts at `from` (or the text's length). */
export function sentenceEnd(text: string, from: number): number {
  const re = /[.!?]["”’»›]?(?=\s|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!(m[0].length === 1 && notFinal(text, m.index))) return m.index + m[0].length;
  }
  return text.length;
}

/** Start of the sentence containing `at`. */
export function sentenceStart(text: string, at: number): number {
  let start = 0;
  const re = /[.!?]["”’»›]?(?=\s)/g;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    if (!(m[0].length === 1 && notFinal(text, m.index))) start = m.index + m[0].length;
  }
  return start;
}

/** A word of the narration with its offsets. */
export interface Word { w: string; lower: string; s: number; e: number }

/** The words of `text`, offsets shifted by `offset`. */
export function words(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)].map((m) => {
    const w = m[0].replace(/\.$/, (d) => (ABBREV.test(m[0]) ? d : ''));
    return { w, lower: w.toLowerCase().replace(/['’]s$/, ''), s: offset + m.index!, e: offset + m.index! + w.length };
  });
}

const SUBORDINATORS = /^(?:(?:when|as|while|after|before|because|if|although|though|since|that|and|but|so|then|where|once|until)\s+)+/i;
const INTRO_WORDS = new Set(['asked', 'speaking', 'reached', 'back', 'meanwhile', 'later', 'earlier', 'now', 'however', 'outside', 'inside', 'separately', 'instead', 'still', 'yet', 'also', 'today', 'yesterday', 'tonight', 'frankly', 'honestly', 'overall', 'again', 'finally', 'first', 'then', 'here', 'there', 'last', 'next']);

/** True when a chunk of a sentence is an introductory phrase ("Asked whether …", "In Shetland", "Now 41"). */
function isIntro(ctx: AttributionContext, chunk: string): boolean {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(chunk.trim())?.[0] ?? '';
  const l = first.toLowerCase();
  return !first || ctx.lang.prepositions.has(l) || INTRO_WORDS.has(l) || SUBORDINATORS.test(`${l} `) || /^\d/.test(first) || (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first) && ctx.lang.firstName(first) === undefined && !ctx.people.mentions.some((m) => chunk.trim().startsWith(m.text)));
}

/** The leading noun phrase of a chunk: names, determiners, possessives, person nouns, pronouns. */
function nounPhraseLength(ctx: AttributionContext, chunk: string): number {
  const ws = [...chunk.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)];
  const lowerOf = (i: number) => ws[i]![0].toLowerCase().replace(/[’']s$/, '');
  const person = (l: string) => l in ctx.lang.roleNouns || ctx.lang.groupNouns.has(l);
  let end = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]![0];
    const l = lowerOf(i);
    let np = /^\p{Lu}/u.test(w) || ctx.lang.determiners.has(l) || /[’']s$/.test(w) || person(l) || l in ctx.lang.subjectPronouns || ctx.lang.particles.has(l) || /\d|-/.test(w) || ctx.lang.titleModifiers.has(l);
    // Adjectives before a person noun ("a lovely young man"), and "called Jermaine" after one.
    if (!np && end > 0) np = ws.slice(i + 1, i + 3).some((_, k) => person(lowerOf(i + 1 + k))) || ((l === 'called' || l === 'named') && /^\p{Lu}/u.test(ws[i + 1]?.[0] ?? ''));
    if (!np) break;
    end = ws[i]!.index! + w.length;
    // "One senior figure": an adjectival person noun takes the noun after it.
    const next = ws[i + 1]?.[0] ?? '';
    if (ADJECTIVAL.has(l) && /^\p{Ll}+$/u.test(next) && !ctx.lang.reportingVerbs.has(next) && !/^(?:who|which|that|in|at|of|for|from|with|on)$/.test(next)) {
      end = ws[i + 1]!.index! + next.length;
      i++;
    }
  }
  return end;
}

/**
 * The subject of the clause that ends at `verb` (start of the reporting verb), within the sentence
 * starting at `s0`: the words just before the verb when they are a noun phrase ("…, she said"), else the
 * sentence's first noun phrase with its appositions ("Tom Reilly, the veteran harbour master …, said").
 * With `colon`, there is no verb: the sentence's first noun phrase ("Robles had an answer ready:").
 */
export function clauseSubject(ctx: AttributionContext, paragraph: number, s0: number, verb: number, colon = false): Speaker | null {
  const text = ctx.masked[paragraph]!;
  const span = text.slice(s0, verb);
  const chunks: Array<{ s: number; t: string }> = [];
  let at = 0;
  for (const part of span.split(/(,\s+|\s+[—–]\s+|:\s+)/)) {
    if (/^(?:,\s+|\s+[—–]\s+|:\s+)$/.test(part)) at += part.length;
    else (chunks.push({ s: s0 + at, t: part }), (at += part.length));
  }
  const nonEmpty = chunks.filter((c) => c.t.trim());
  if (!nonEmpty.length) return null;
  if (!colon) {
    // The words just before the verb, when they are a whole noun phrase ("…, she said", "when he called").
    const last = nonEmpty[nonEmpty.length - 1]!;
    const sub = SUBORDINATORS.exec(last.t)?.[0].length ?? 0;
    const rest = last.t.slice(sub);
    const np = nounPhraseLength(ctx, rest);
    if (np > 0 && !rest.slice(np).trim() && (sub > 0 || !isIntro(ctx, rest))) return speakerOf(ctx, paragraph, last.s + sub, last.s + sub + np);
    // "Editor's note: A spokesperson for the county council said": the clause right before the verb.
    if (np > 0 && nonEmpty.length > 1 && !isIntro(ctx, rest) && !/^\s*(?:who|whose|which)\b/i.test(rest)) return speakerOf(ctx, paragraph, last.s + sub, last.s + last.t.trimEnd().length);
    // "… asked about Anders Lykkegaard, who had described …": the person the relative clause hangs on.
    if (/^\s*(?:who|whose)\b/i.test(last.t) && nonEmpty.length > 1) {
      const antecedent = ctx.people.mentions.find((m) => m.paragraph === paragraph && m.end <= last.s && /^\s*,\s*$/.test(text.slice(m.end, last.s)));
      if (antecedent) return speakerOf(ctx, paragraph, antecedent.start, antecedent.end);
    }
  }
  // The sentence's first noun phrase after any introductory phrases, with the appositions that follow it.
  const i = nonEmpty.findIndex((c) => !isIntro(ctx, c.t));
  if (i < 0) return null;
  const head = nonEmpty[i]!;
  const np = nounPhraseLength(ctx, head.t);
  if (!np) return null;
  let end = head.s + np;
  for (const c of head.t.slice(np).trim() ? [] : nonEmpty.slice(i + 1)) {
    const n = nounPhraseLength(ctx, c.t);
    if (!n || c.t.slice(n).trim()) break;
    end = c.s + n;
  }
  return speakerOf(ctx, paragraph, head.s, end);
}

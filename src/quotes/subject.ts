// Resolves the subject phrase of a reporting clause to a speaker: the head of the phrase, never a name inside it.
import { describe, resolveDefinite, personSpeaker, type Reference, type Speaker } from './entities.js';
import type { People } from './people.js';
import { resolvePronoun } from './pronouns.js';
import { relativeOf } from './relatives.js';
import type { LanguageProfile } from './languages/index.js';

/** What attribution reads: the masked paragraphs, the people, the references so far and the language. */
export interface AttributionContext {
  /** Paragraphs with every voiced quote blanked out with U+0000 (same length). */
  masked: readonly string[];
  /** The paragraphs as written (for the quotes' own punctuation). */
  texts: readonly string[];
  people: People;
  refs: Reference[];
  /** Genders learned from pronouns for people whose names did not say ("Kirsty Muir … she asked"). */
  learned: Map<string, 'male' | 'female'>;
  lang: LanguageProfile;
}

/**
 * "“…,” the Dane said" right after a sentence about Anders Lykkegaard: a definite description made of a
 * nationality or a person noun the person was never given is that sentence's subject, when it names one person.
 */
function lastSubject(ctx: AttributionContext, paragraph: number, at: number, headWords: readonly string[]): Speaker | null {
  const rest = headWords.slice(1);
  const head = rest[rest.length - 1]?.toLowerCase() ?? '';
  // Only a nationality or origin word makes it the same person ("the Dane", "the Dutch midfielder"); "the official" is someone new.
  const demonym = rest.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ctx.lang.orgWords.has(w.toLowerCase()) && !ctx.lang.places.has(w.toLowerCase()));
  if (!rest.length || rest.length > 3 || !demonym || !(head in ctx.lang.roleNouns || rest.length === 1)) return null;
  const text = ctx.masked[paragraph]!;
  const s = sentenceStartOf(text, at);
  const inParagraph = ctx.refs.filter((r) => r.paragraph === paragraph && r.at < s);
  const scope = inParagraph.length ? inParagraph : ctx.refs.filter((r) => r.paragraph === paragraph - 1);
  const subjects = [...new Set(scope.filter((r) => (r.role === 'subject' || r.role === 'speaker') && r.speaker.kind === 'person').map((r) => r.speaker.label))];
  if (subjects.length !== 1) return null;
  return scope.find((r) => r.speaker.label === subjects[0])!.speaker;
}

const sentenceStartOf = (text: string, at: number) => {
  const m = /[.!?]["”’»\u0000]*\s+(?=[^.!?]*$)/u.exec(text.slice(0, at));
  return m ? m.index : 0;
};

/**
 * The speaker a subject phrase (offsets in the paragraph) names, or null when unsure. "Brandt lawyer
 * Marc Feld" is Feld (the last name of the head phrase); "One of the volunteers, 30-year-old Taras
 * Kovalenko" is Kovalenko (the apposition names the person); "a spokesman for Mr. Lind" is a spokesman.
 */
export function speakerOf(ctx: AttributionContext, paragraph: number, start: number, end: number): Speaker | null {
  const text = ctx.masked[paragraph]!;
  const lang = ctx.lang;
  let phrase = text.slice(start, end);
  // Trailing adverbs and punctuation ("he later", "Mr. Kessler smiled and"); leading conjunctions.
  phrase = phrase.replace(/[\s,;:.!?]+$/, '');
  for (;;) {
    const m = /\s+(\p{Ll}+)$/u.exec(phrase);
    if (!m || !(lang.speakerAdverbs.has(m[1]!) || m[1] === 'and' || m[1] === 'had' || m[1] === 'has' || m[1] === 'have')) break;
    phrase = phrase.slice(0, m.index);
  }
  const lead = /^\s*(?:(?:and|but|then|as|when|while|so|before|after)\s+)*/i.exec(phrase)![0].length;
  start += lead;
  phrase = phrase.slice(lead);
  if (!phrase.trim() || phrase.includes('\u0000')) return null;
  const OBJECT: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
  const lower = OBJECT[phrase.trim().toLowerCase()] ?? phrase.trim().toLowerCase();
  if (lower in lang.subjectPronouns) {
    const found = resolvePronoun(ctx, lower, paragraph, start);
    return found?.place ? relativeOf(ctx, found, found.place.paragraph, found.place.at) : found;
  }
  const cutAt = phrase.search(/,|\(|\s[—–]\s/);
  const headEnd = cutAt >= 0 ? start + cutAt : Math.max(end, start + phrase.length);
  const inPhrase = ctx.people.mentions.filter((m) => m.paragraph === paragraph && m.start >= start && m.end <= Math.max(end, start + phrase.length) && !m.possessive);
  const free = (m: { start: number }, from: number) => !new RegExp(`\\b(?:${[...lang.prepositions].join('|')}|who|whom|whose|which|that)\\b`, 'i').test(text.slice(from, m.start));
  const head = inPhrase.filter((m) => m.end <= headEnd && free(m, start));
  if (head.length > 1 && /\band\b/.test(text.slice(head[0]!.end, head[head.length - 1]!.start))) return null;
  if (head.length) return personSpeaker(ctx.people, head[head.length - 1]!.person);
  const headWords = text.slice(start, headEnd).trim().split(/\s+/).filter(Boolean);
  const headLower = headWords.map((w) => w.toLowerCase());
  // No name in the head: a description, unless the apposition names the person.
  const appo = inPhrase.find((m) => m.start >= headEnd && /^[,(]\s*(?:[\p{L}\d-]+\s+){0,3}$/u.test(text.slice(headEnd, m.start)) && free(m, headEnd));
  if (appo) return personSpeaker(ctx.people, appo.person);
  if (headLower[0] === 'the' && headWords.length <= 4) {
    const found = resolveDefinite(headLower.slice(1).join(' '), ctx.refs, paragraph, start) ?? lastSubject(ctx, paragraph, start, headWords);
    if (found) return found;
  }
  if (headLower.length === 1 && (headLower[0] === 'someone' || headLower[0] === 'somebody')) return { label: headLower[0]!, kind: 'description', gender: null, plural: false, head: headLower[0]! };
  // "Aberwen CC", "The European Commission": capitalised words before the head noun make it an organisation.
  // "one of the volunteers" keeps its "of"; other phrases end at their first preposition.
  const cut = headLower[0] === 'one' && headLower[1] === 'of' ? -1 : headWords.findIndex((w, i) => i > 0 && lang.prepositions.has(w.toLowerCase()));
  const np = cut > 0 ? headWords.slice(0, cut) : headWords;
  if (np.length > 8) return null;
  const described = describe(np, lang);
  if (!described) return null;
  const headIndex = np.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '')).lastIndexOf(described.head ?? '');
  if (np.slice(0, Math.max(0, headIndex)).some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && lang.orgWords.has(w.toLowerCase()))) return null;
  // "a spokesman for Mr. Viktor Lind": whose spokesman, when the phrase names the person.
  const forWhom = cut > 0 && /^(?:for|of)$/i.test(np.length < headWords.length ? headWords[np.length]! : '')
    ? ctx.people.mentions.find((m) => m.paragraph === paragraph && m.start > start && m.start < headEnd && /^\s*(?:for|of)\s+$/i.test(text.slice(start + text.slice(start, headEnd).indexOf(headWords[np.length]!) - 1, m.start)))
    : undefined;
  if (forWhom && described.kind === 'description' && /^(?:an?|the)\s/.test(described.label)) {
    return { ...described, label: `${described.label} for ${ctx.people.persons[forWhom.person]!.name}` };
  }
  return relativeOf(ctx, described, paragraph, start);
}

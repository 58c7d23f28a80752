// Resolves "he", "she", "they" by salience: the subject of the latest clause that names someone who fits.
import type { LanguageProfile } from './languages/index.js';
import type { Reference, Speaker } from './entities.js';

/** What pronoun resolution reads: the masked paragraphs, every reference so far, genders learned on the way. */
export interface PronounContext {
  masked: readonly string[];
  refs: readonly Reference[];
  learned: Map<string, 'male' | 'female'>;
  lang: LanguageProfile;
}

/** How far back (in paragraphs) a pronoun may reach. */
const REACH = 3;
/** How many sentences back a pronoun may reach. */
const MAX_SENTENCES = 10;
const BOUNDARY = /[.!?]["”’»\u0000]*(?=\s+[\p{Lu}“"‘'(\u0000]|\s*$)/gu;

function sentenceIndex(text: string, at: number): number {
  let n = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m && m.index < at; m = BOUNDARY.exec(text)) if (!/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|[A-Z])\.$/.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) n++;
  return n;
}

const key = (s: Speaker) => `${s.kind}:${s.label}`;

/** The speaker a pronoun at (paragraph, at) refers to, or null when no one, or more than one, fits. */
export function resolvePronoun(ctx: PronounContext, pronoun: string, paragraph: number, at: number, depth = 0): Speaker | null {
  const info = ctx.lang.subjectPronouns[pronoun.toLowerCase()];
  if (!info) return null;
  const genderOf = (s: Speaker) => s.gender ?? ctx.learned.get(s.label) ?? null;
  if (info.plural) {
    for (let i = ctx.refs.length - 1; i >= 0; i--) {
      const r = ctx.refs[i]!;
      if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at)) continue;
      if (r.paragraph < paragraph - REACH) break;
      if (r.speaker.plural) return r.speaker;
    }
    return null;
  }
  // Sentences from the pronoun backwards, each with its references (and its own subject pronouns, resolved in turn).
  const groups = new Map<string, Array<{ speaker: Speaker; role: Reference['role']; fromPronoun?: boolean }>>();
  for (const r of ctx.refs) {
    if (r.paragraph > paragraph || r.paragraph < paragraph - REACH || (r.paragraph === paragraph && r.at >= at)) continue;
    const k = `${r.paragraph}:${sentenceIndex(ctx.masked[r.paragraph]!, r.at)}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push({ speaker: r.speaker, role: r.role });
  }
  let seen = 0;
  let distance = 0;
  let fallback: Speaker | null | undefined;
  const learn = (found: Speaker) => {
    if (info.gender && !genderOf(found)) ctx.learned.set(found.label, info.gender);
    return found;
  };
  for (let p = paragraph; p >= 0 && p >= paragraph - REACH; p--) {
    const text = ctx.masked[p]!;
    const last = p === paragraph ? sentenceIndex(text, at) : sentenceIndex(text, Math.max(0, text.trimEnd().length - 1));
    for (let s = last; s >= 0; s--) {
      if (++seen > MAX_SENTENCES) return null;
      const entries = [...(groups.get(`${p}:${s}`) ?? [])];
      if (depth < 3) {
        // "She says critics who attacked Rosa Delgado were wrong": a subject pronoun carries its own referent.
        for (const m of text.matchAll(/(?:^|[.!?;:]\s+|,\s+|\b(?:and|but)\s+)(he|she)\b/gi)) {
          const pos = m.index! + m[0].length - m[1]!.length;
          if ((p === paragraph && pos >= at) || sentenceIndex(text, pos) !== s) continue;
          if (ctx.lang.subjectPronouns[m[1]!.toLowerCase()]?.gender !== info.gender) continue;
          const referent = resolvePronoun(ctx, m[1]!, p, pos, depth + 1);
          if (referent) entries.push({ speaker: referent, role: 'subject', fromPronoun: true });
        }
      }
      const fits = entries.filter((e) => !e.speaker.plural && e.speaker.kind !== 'group');
      const known = fits.filter((e) => genderOf(e.speaker) === info.gender);
      const unknown = fits.filter((e) => genderOf(e.speaker) === null);
      const subjects = (list: typeof fits) => [...new Map(list.filter((e) => e.role === 'subject' || e.role === 'speaker').map((e) => [key(e.speaker), e.speaker])).values()];
      const knownSubjects = subjects(known);
      if (knownSubjects.length === 1) return knownSubjects[0]!;
      if (knownSubjects.length > 1) {
        // A tie goes to the one the discourse is already about (a speaker, or the referent of a pronoun), else nobody.
        const topical = knownSubjects.filter((s) => known.some((e) => key(e.speaker) === key(s) && (e.role === 'speaker' || e.fromPronoun)));
        return topical.length === 1 ? topical[0]! : null;
      }
      const others = [...new Map(known.filter((e) => e.role === 'object' || e.role === 'oblique').map((e) => [key(e.speaker), e.speaker])).values()];
      // "Golub pressed Haddix … she told him": the only one who fits, when the subject is someone who cannot be meant.
      // "I rang Joan Ambler. She is 79": the only one who fits, when no subject who fits competes.
      if (others.length === 1 && !subjects(unknown).length) return others[0]!;
      if (others.length) return null;
      // "Nair's team plans a trial. … she said": an owner who fits, with no subject who does, makes it unsure.
      if (known.some((e) => e.role === 'possessive') && !subjects(unknown).length) return null;
      // Someone whose gender is not known fits only when near (a description in this very sentence, a name one
      // sentence back); further back they are kept in case nobody known fits ("A critic was in the room … she says").
      const unknownSubjects = subjects(unknown);
      if (unknownSubjects.length === 1) {
        const found = unknownSubjects[0]!;
        const spoke = unknown.some((e) => e.role === 'speaker' && key(e.speaker) === key(found));
        const near = distance <= 1 || (spoke && distance <= 2);
        if (near) return learn(found);
        fallback ??= found;
      } else if (unknownSubjects.length > 1) fallback ??= null;
      distance++;
    }
  }
  return fallback ? learn(fallback) : null;
}

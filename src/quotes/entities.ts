// Who can be referred to at a point of the article: named people, unnamed people, groups.
import type { People } from './people.js';
import type { LanguageProfile } from './languages/index.js';
import { mentionRole, type MentionRole } from './mention-role.js';

/** Something a quote can be attributed to. */
export interface Speaker {
  /** Canonical name for a person, a short description otherwise ("a coast guard officer"). */
  label: string;
  kind: 'person' | 'description' | 'group';
  gender: 'male' | 'female' | null;
  plural: boolean;
  /** Head noun of a description ("firefighter"), for later "the firefighter". */
  head?: string;
  titles?: string[];
  /** The person's index in People.persons. */
  person?: number;
  /** Where a description was first met (for "her father": whose father). */
  place?: { paragraph: number; at: number };
}

/** A speaker mentioned at a point of the text. */
export interface Reference {
  speaker: Speaker;
  paragraph: number;
  at: number;
  /** Its place in the clause; `speaker` for a quote attributed to it. */
  role: MentionRole | 'speaker';
}

/** "A pensioner" → "a pensioner", but "Okoye's mother" keeps its capital. */
export function lowerDeterminer(phrase: string): string {
  return phrase.replace(/^(?:A|An|One|Another|His|Her|Their|Its|The|Some|Our|My)\b/, (w) => w.toLowerCase());
}

/** Words that are person nouns and adjectives alike ("a senior official", "one junior said"). */
export const ADJECTIVAL: ReadonlySet<string> = new Set(['senior', 'junior', 'local', 'regular', 'fellow', 'native', 'elder', 'principal', 'general', 'representative', 'chief', 'major', 'private']);
const IRREGULAR_PLURALS: Record<string, string> = { people: 'person', women: 'woman', men: 'man', children: 'child', staff: 'staff member', police: 'police officer' };

/** The singular of a plural person noun ("investors" → "investor"), or null when it is not one. */
export function singularRole(word: string, lang: LanguageProfile): string | null {
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word]!;
  for (const s of [word.replace(/s$/, ''), word.replace(/es$/, '')]) if (s !== word && s in lang.roleNouns) return s;
  return null;
}

/**
 * A short description a person would say, built from the words of a noun phrase and its head:
 * determiner + up to two modifiers + head ("a coast guard officer", "one junior"); "one of the volunteers"
 * → "one volunteer". Null when the words hold no person noun.
 */
export function describe(words: readonly string[], lang: LanguageProfile): Speaker | null {
  const clean = words.map((w) => w.replace(/[^\p{L}'’-]/gu, '')).filter(Boolean);
  const low = clean.map((w) => w.toLowerCase());
  // "one of the volunteers", "one of those investors": the member of a group.
  if (low[0] === 'one' && low[1] === 'of' && low.length >= 3) {
    const head = low.slice(2).find((w) => singularRole(w, lang));
    const single = head ? singularRole(head, lang) : null;
    if (single) return { label: `one ${single}`, kind: 'description', gender: lang.roleNouns[single] ?? null, plural: false, head: single };
  }
  // "senior", "local": a person noun only when nothing follows it ("one junior said", not "one senior figure").
  const j = low.findIndex((w, i) => (w in lang.roleNouns || lang.groupNouns.has(w)) && !(ADJECTIVAL.has(w) && i + 1 < low.length));
  if (j < 0) return null;
  // "the Kessler Meridian Investors Committee": a capitalised person noun inside a phrase is part of a name.
  if (j > 0 && /^\p{Lu}/u.test(clean[j]!)) return null;
  // "A group representing investors", "a statement from officials": the head is not a person.
  if (low.slice(1, j).some((w) => /ing$/.test(w) || lang.prepositions.has(w))) return null;
  // A compound head: the last person noun of the run that starts at j ("coast guard volunteer").
  let h = j;
  while (h + 1 < low.length && (low[h + 1]! in lang.roleNouns || lang.groupNouns.has(low[h + 1]!))) h++;
  const head = low[h]!;
  if (low[h + 1] && lang.orgWords.has(low[h + 1]!)) return null;
  let d = -1;
  for (let i = j - 1; i >= 0 && i >= j - 4; i--) {
    if (lang.determiners.has(low[i]!) || /['’]s$/.test(clean[i]!)) {
      d = i;
      break;
    }
  }
  // Determiner, at most two modifiers, the compound head: "a coast guard volunteer", "one junior".
  const mods = clean.slice(d >= 0 ? d + 1 : j, j).slice(-2);
  const det = d >= 0 ? lowerDeterminer(clean[d]!) : '';
  const plural = lang.groupNouns.has(head) && !(head in lang.roleNouns);
  const label = [det, ...mods, ...clean.slice(j, h), head].filter(Boolean).join(' ');
  return { label, kind: plural ? 'group' : 'description', gender: lang.roleNouns[head] ?? null, plural, head };
}

const DETERMINER = /(?<![\p{L}'’-])(an?|one|another|his|her|their|its|our|my|the|\p{Lu}\p{Ll}+['’]s)\s+/giu;
const STOP = /^(?:who|which|that|from|in|at|on|for|with|of|and|or|but|was|is|said|says|told)$/i;

/** The gender of the first his/her/him in the rest of the sentence, before anyone else is named ("A pensioner … shook his head"). */
function pronounAfter(text: string, from: number, names: readonly { start: number }[], lang: LanguageProfile): 'male' | 'female' | null {
  const end = text.slice(from).search(/[.!?](?:\s|$)/);
  const stop = Math.min(end < 0 ? text.length : from + end, ...names.filter((n) => n.start >= from).map((n) => n.start));
  for (const m of text.slice(from, stop).matchAll(/\b(his|her|him|himself|herself)\b/gi)) {
    const w = m[1]!.toLowerCase();
    return w === 'him' ? 'male' : lang.genderedPossessives[w] ?? null;
  }
  return null;
}

/** Unnamed people ("a young nurse", "one airline executive", "the consultant") and plural groups, with their roles. */
function descriptions(text: string, paragraph: number, lang: LanguageProfile, known: readonly Reference[], names: readonly { start: number }[]): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(DETERMINER)) {
    const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const ws: string[] = [m[1]!];
    for (const w of rest.split(/\s+/).slice(0, 5)) {
      const bare = w.replace(/[^\p{L}'’-]/gu, '');
      if (!bare || STOP.test(bare)) break;
      ws.push(bare);
      if (/[,.;:!?)]$/.test(w)) break;
    }
    const speaker = describe(ws, lang);
    if (!speaker || speaker.kind === 'group' || !ws.slice(1).some((w) => w.toLowerCase() === speaker.head)) continue;
    const at = m.index!;
    // "…, was a kind man": a description after a copula is the subject again, not someone new.
    const copula = /\b(?:is|was|were|are|be|been|became)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
    const role = copula ? 'object' : mentionRole(text, at, lang);
    if (!speaker.gender) speaker.gender = pronounAfter(text, at + m[0].length, names, lang);
    if (m[1]!.toLowerCase() === 'the') {
      // "The consultant" is someone new; "the mayor" is the mayor already named.
      const person = resolveDefinite(speaker.head!, known, paragraph, at);
      out.push({ speaker: person ?? speaker, paragraph, at, role });
    } else out.push({ speaker: { ...speaker, place: { paragraph, at } }, paragraph, at, role });
  }
  for (const m of text.matchAll(/\b(\p{Ll}+)\b/gu)) {
    if (!lang.groupNouns.has(m[1]!)) continue;
    const before = text.slice(Math.max(0, m.index! - 20), m.index!);
    if (/\b(?:his|her|my|our|your)\s+$/i.test(before)) continue;
    out.push({ speaker: { label: m[1]!, kind: 'group', gender: null, plural: true, head: m[1]! }, paragraph, at: m.index!, role: mentionRole(text, m.index!, lang) });
  }
  return out;
}

/** The speaker for a person of People. */
export function personSpeaker(people: People, id: number): Speaker {
  const p = people.persons[id]!;
  return { label: p.name, kind: 'person', gender: p.gender, plural: false, titles: p.titles, person: id };
}

/** Every reference in reading order: people's mentions plus unnamed people and groups. */
export function collectReferences(masked: readonly string[], people: People, lang: LanguageProfile): Reference[] {
  const refs: Reference[] = people.mentions.map((m) => ({ speaker: personSpeaker(people, m.person), paragraph: m.paragraph, at: m.start, role: m.role }));
  masked.forEach((text, p) => {
    const names = people.mentions.filter((m) => m.paragraph === p);
    let previous: Reference | null = null;
    for (const d of descriptions(text, p, lang, refs, names)) {
      if (d.speaker.kind === 'description') {
        const prev = previous;
        previous = d;
        const prevEnd = prev ? prev.at + (prev.speaker.label.length) : -1;
        if (prev && d.at > prev.at && /^[\p{L}'’ -]*,\s*$/u.test(text.slice(prevEnd, d.at)) && text.slice(prev.at, d.at).split(',').length === 2) {
          // "Okoye's mother, a nurse, …": the apposition is the same person; it may tell the gender.
          if (!prev.speaker.gender && d.speaker.gender) prev.speaker.gender = d.speaker.gender;
          continue;
        }
      }
      if (d.speaker.kind !== 'description') {
        refs.push(d);
        continue;
      }
      // An apposition names the same person ("Her neighbour, the fisherman Ruairí Ó Dálaigh," / "Priya Nair, a chemist,").
      const clauseEnd = text.slice(d.at).search(/[.;!?]|,\s+(?:who|which|and|but)\b/);
      const clause = text.slice(d.at, clauseEnd < 0 ? text.length : d.at + clauseEnd);
      const named = names.some((m) => m.start > d.at && m.start < d.at + clause.length && /,/.test(text.slice(d.at, m.start)) && !/\b(?:for|of|with|to|by)\s+\S*\s*$/.test(text.slice(d.at, m.start)));
      const afterName = names.some((m) => m.end <= d.at && /^,\s*(?:\d+,\s*)?$/.test(text.slice(m.end, d.at)));
      const end = d.at + d.speaker.label.length;
      const namedNext = names.some((m) => m.start >= d.at && (/^[^,.]*\b(?:named|called)\s*$/.test(text.slice(d.at, m.start)) || (m.start >= end && /^\s*$/.test(text.slice(end, m.start)))));
      if (!(named || afterName || namedNext)) refs.push(d);
    }
  });
  return refs.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}

/** "the firefighter", "the prime minister": the latest description with that head or person with that title. */
export function resolveDefinite(head: string, refs: readonly Reference[], paragraph: number, at: number): Speaker | null {
  const last = head.split(' ').pop()!;
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]!;
    if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at) || r.paragraph < paragraph - 6) continue;
    const s = r.speaker;
    if (s.kind === 'description' && s.head === last) return s;
    if (s.kind === 'person' && s.titles?.some((t) => t === head || t.split(' ').pop() === last)) return s;
  }
  return null;
}

// Who can be referred to at a point of the article: named people, unnamed people, groups.
import type { People } from './people.js';
import { GROUP_NOUNS, PRONOUNS, ROLE_NOUNS, TITLE_HEADS } from './lexicon.js';

/** Something a quote can be attributed to. */
export interface Speaker {
  /** Canonical name for a person, a short description otherwise. */
  label: string;
  kind: 'person' | 'description' | 'group';
  gender: 'male' | 'female' | null;
  plural: boolean;
  /** Head noun of a description ("firefighter"), for later "the firefighter". */
  head?: string;
  titles?: string[];
}

/** A speaker mentioned at a point of the text. */
export interface Reference {
  speaker: Speaker;
  paragraph: number;
  at: number;
  /** Named only as an owner ("Hoff's actress"): never the subject of its sentence. */
  possessive?: boolean;
}

const DESC = new RegExp(
  String.raw`(?:^|[.!?]\s+|,\s+)((?:an?|one|another|his|her|their|its|\p{Lu}\p{Ll}+['’]s)\s+((?:[\p{L}'’-]+\s*){1,4}))`,
  'giu',
);

/** "A pensioner" → "a pensioner", but "Okoye's mother" keeps its capital. */
export function lowerDeterminer(phrase: string): string {
  return phrase.replace(/^(?:A|An|One|Another|His|Her|Their|Its|The|Some|Someone|Somebody)\b/, (w) => w.toLowerCase());
}

/** Unnamed people at a sentence start or after a comma ("A pensioner …", "Her friend, …"), and plural groups. */
function descriptions(text: string, paragraph: number): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(DESC)) {
    // The first role noun among the next few words is the head: "A delivery driver, stopped at …".
    const words = m[2]!.split(/\s+/).filter(Boolean);
    const j = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '') in ROLE_NOUNS);
    if (j < 0) continue;
    const head = words[j]!.toLowerCase().replace(/[^\p{L}-]/gu, '');
    const det = m[1]!.slice(0, m[1]!.length - m[2]!.length);
    const label = lowerDeterminer(`${det}${words.slice(0, j).map((w) => `${w} `).join('')}${head}`);
    out.push({ speaker: { label, kind: 'description', gender: ROLE_NOUNS[head] ?? null, plural: false, head }, paragraph, at: m.index! + m[0].indexOf(m[1]!) });
  }
  for (const m of text.matchAll(/\b(\p{Ll}+)\b/gu)) {
    if (!GROUP_NOUNS.has(m[1]!)) continue;
    const before = text.slice(Math.max(0, m.index! - 20), m.index!);
    if (/\b(?:his|her|my|our|your)\s+$/i.test(before)) continue;
    out.push({ speaker: { label: m[1]!, kind: 'group', gender: null, plural: true, head: m[1]! }, paragraph, at: m.index! });
  }
  return out;
}

const ROLE_BEFORE = /(\p{Ll}+),?\s*$/u;
const ROLE_AFTER = /^,\s*(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+)(?=[,.;]|\s+(?:at|of|in|for|who|with|from|and)\b)/u;

/** Roles named next to a person ("the coach, Ivan Lesko", "Priya Nair, a chemist") become titles, for "the coach said". */
function learnRoles(masked: readonly string[], people: People): void {
  for (const m of people.mentions) {
    const text = masked[m.paragraph]!;
    const titles = people.persons[m.person]!.titles;
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const after = ROLE_AFTER.exec(text.slice(m.end, m.end + 80))?.[1];
    for (const role of [before, after]) if (role && (role in ROLE_NOUNS || TITLE_HEADS.has(role)) && !titles.includes(role)) titles.push(role);
  }
}

/** Every reference in reading order: people's mentions plus unnamed people and groups. */
export function collectReferences(masked: readonly string[], people: People): Reference[] {
  learnRoles(masked, people);
  const refs: Reference[] = people.mentions.map((m) => {
    const p = people.persons[m.person]!;
    return { speaker: { label: p.name, kind: 'person', gender: p.gender, plural: false, titles: p.titles }, paragraph: m.paragraph, at: m.start, possessive: m.possessive };
  });
  masked.forEach((text, p) => {
    const names = people.mentions.filter((m) => m.paragraph === p);
    let lastEnd = -1;
    for (const d of descriptions(text, p)) {
      // "Okoye's mother, a nurse,": the second description is the first one again.
      const follows = lastEnd >= 0 && /^,\s*$/.test(text.slice(lastEnd, d.at));
      if (d.speaker.kind !== 'group') lastEnd = d.at + d.speaker.label.length;
      if (follows) continue;
      // An apposition names the same person ("Priya Nair, a chemist," / "a nurse, Sofia Reyes"): not someone new.
      const end = d.at + d.speaker.label.length;
      const afterName = names.some((m) => m.end <= d.at && /^,\s*(?:\d+,\s*)?$/.test(text.slice(m.end, d.at)));
      const beforeName = names.some((m) => m.start >= end && /^,?\s*(?:named\s+)?$/.test(text.slice(end, m.start)));
      if (d.speaker.kind === 'group' || !(afterName || beforeName)) refs.push(d);
    }
  });
  return refs.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}

/** How far back (in paragraphs) a pronoun may reach. */
const PRONOUN_REACH = 3;

/** The most recent compatible speaker before (paragraph, at) for a pronoun, or null. */
export function resolvePronoun(
  pronoun: string,
  refs: readonly Reference[],
  paragraph: number,
  at: number,
  learned: Map<string, 'male' | 'female'> = new Map(),
  texts: readonly string[] = [],
): Speaker | null {
  const info = PRONOUNS[pronoun.toLowerCase()];
  if (!info) return null;
  const gender = (s: Speaker) => s.gender ?? learned.get(s.label) ?? null;
  for (let p = paragraph; p >= 0 && p >= paragraph - PRONOUN_REACH; p--) {
    const scope = refs.filter((r) => r.paragraph === p && (p < paragraph || r.at < at)).reverse();
    if (info.plural) {
      const group = scope.find((r) => r.speaker.plural);
      if (group) return group.speaker;
      continue;
    }
    // Someone known to match first, then someone whose gender is unknown (who then learns it).
    const tier = (want: 'male' | 'female' | null) => scope.filter((r) => !r.speaker.plural && gender(r.speaker) === want);
    const candidates = tier(info.gender);
    const pool = candidates.length ? candidates : tier(null);
    if (!pool.length) continue;
    // Within the latest sentence naming a candidate, its subject (the first one, not an owner) wins over objects.
    const text = texts[p] ?? '';
    const sentenceOf = (r: Reference) => (text.slice(0, r.at).match(/[.!?](?=\s)/g) ?? []).length;
    const latest = sentenceOf(pool[0]!);
    const inSentence = pool.filter((r) => sentenceOf(r) === latest && !r.possessive);
    const found = (inSentence.length ? inSentence[inSentence.length - 1]! : pool[0]!).speaker;
    if (info.gender && !gender(found)) learned.set(found.label, info.gender);
    return found;
  }
  return null;
}

/** "the firefighter", "the prime minister": the latest description with that head or person with that title. */
export function resolveDefinite(head: string, refs: readonly Reference[], paragraph: number, at: number): Speaker | null {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]!;
    if (r.paragraph > paragraph || (r.paragraph === paragraph && r.at >= at)) continue;
    const s = r.speaker;
    if (s.kind !== 'person' && s.head === head.split(' ').pop()) return s;
    if (s.kind === 'person' && s.titles?.some((t) => t === head || t.endsWith(` ${head}`))) return s;
  }
  return null;
}

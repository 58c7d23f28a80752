// Finds the people named in an article and unifies their mentions ("Mr. Zelensky" is "Volodymyr Zelensky").
import { nlp } from '../text/nlp.js';
import { NOT_NAME_WORDS, ORG_WORDS, REPORTING_VERBS, ROLE_NOUNS, TITLE_GENDER, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

export type PersonGender = 'male' | 'female';

/** A person named in the text, under the fullest form of their name. */
export interface Person {
  id: number;
  /** Canonical name without titles, e.g. "Volodymyr Zelensky". */
  name: string;
  gender: PersonGender | null;
  /** Titles seen before the name, lower case ("president", "foreign minister", "ms"). */
  titles: string[];
}

/** One place a person is named (title included), in paragraph coordinates. */
export interface PersonMention {
  person: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** "Hoff's lead actress": the person is named only as an owner. */
  possessive: boolean;
}

export interface People {
  persons: Person[];
  /** In reading order. */
  mentions: PersonMention[];
}

/** A stretch of a paragraph to skip (for example the inside of quotations). */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

interface Candidate {
  paragraph: number;
  start: number;
  end: number;
  tokens: string[];
  titles: string[];
}

const firstNames = new Map<string, PersonGender | null | undefined>();
/** Gender of a known first name, null when known but unisex, undefined when not a known first name. */
function firstName(word: string): PersonGender | null | undefined {
  if (!firstNames.has(word)) {
    const doc = nlp(word);
    firstNames.set(word, doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : doc.has('#FirstName') ? null : undefined);
  }
  return firstNames.get(word);
}

const bare = (t: string) => t.toLowerCase().replace(/\.$/, '');
const TOKEN = /[\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]*/gu;

function candidates(text: string, paragraph: number): Candidate[] {
  const out: Candidate[] = [];
  let run: Array<{ t: string; s: number; e: number }> = [];
  const flush = () => {
    let toks = run;
    run = [];
    while (toks.length && (NOT_NAME_WORDS.has(bare(toks[0]!.t)) || /\d|-old$/.test(toks[0]!.t))) toks = toks.slice(1);
    // "Fishmonger Tom Okafor": a capitalised common noun opening a sentence before a full name.
    if (toks.length >= 3 && /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, toks[0]!.s)) && firstName(toks[0]!.t) === undefined && !TITLE_HEADS.has(bare(toks[0]!.t)) && !TITLE_MODIFIERS.has(bare(toks[0]!.t))) toks = toks.slice(1);
    let titleEnd = 0;
    for (let j = 0; j < toks.length; j++) {
      const w = bare(toks[j]!.t);
      if (TITLE_HEADS.has(w)) titleEnd = j + 1;
      else if (!TITLE_MODIFIERS.has(w)) break;
    }
    const names = toks.slice(titleEnd);
    if (!names.length) return;
    const titles = titleEnd ? [toks.slice(0, titleEnd).map((x) => bare(x.t)).join(' ')] : [];
    out.push({ paragraph, start: toks[0]!.s, end: names[names.length - 1]!.e, tokens: names.map((x) => x.t), titles });
  };
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    const s = m.index!;
    const capital = /^\p{Lu}/u.test(t);
    const prevEnd = run.length ? run[run.length - 1]!.e : -1;
    if (!capital || (run.length && text.slice(prevEnd, s) !== ' ')) flush();
    if (!capital) continue;
    let stop = false;
    const poss = /['’]s?$/.exec(t);
    if (poss && t.length > 2) (t = t.slice(0, poss.index)), (stop = true);
    if (t.endsWith('.') && !TITLE_HEADS.has(bare(t)) && t.length > 2) (t = t.slice(0, -1)), (stop = true);
    run.push({ t, s, e: s + t.length });
    if (stop) flush();
  }
  flush();
  return out;
}

const CUE_BEFORE = /(?:\b(?:named|critic|executive|chair|author|scientist|leader|member|director|prosecutor|welder|classmate|colleague|lawyer|analyst|economist|councillor|councilor|clerk|official|spokeswoman|spokesman|spokesperson|\w+-old|said|says|according to)|,)\s*$/i;

function hasCue(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const after = text.slice(c.end, c.end + 30);
  if (CUE_BEFORE.test(before)) return true;
  if (/^,\s*(?:\d+|a|an|the|who)\b/.test(after)) return true;
  // Coordinated with another full name: "Katrin Adler and Jonas Petrov".
  if (/^\s+and\s+\p{Lu}\p{Ll}+\s\p{Lu}/u.test(after) || /\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s+and\s+$/u.test(before)) return true;
  const nextWord = /^\s+(\w+)/.exec(after)?.[1]?.toLowerCase();
  return !!nextWord && REPORTING_VERBS.has(nextWord);
}

function genderFromContext(text: string, c: Candidate): PersonGender | null {
  const before = text.slice(Math.max(0, c.start - 30), c.start).toLowerCase();
  const role = /(\w+),?\s*$/.exec(before)?.[1];
  if (role && ROLE_NOUNS[role]) return ROLE_NOUNS[role]!;
  const after = text.slice(c.end, c.end + 60).toLowerCase();
  const appo = /^,\s*(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(\w+)/.exec(after)?.[1];
  if (appo && ROLE_NOUNS[appo]) return ROLE_NOUNS[appo]!;
  // A possessive or reflexive later in the sentence ("… reached his porch", "with her daughter"), or "said she",
  // if no other full name comes first; object pronouns ("asked him") usually point at someone else.
  const rest = text.slice(c.end).split(/[.!?](?:\s|$)/)[0] ?? '';
  const m = /\b(his|himself|herself|her(?=\s+(?!why|whether|if|that|to|for|about|and|in|on|at|with)\p{Ll}))\b|\b(?:said|says|added|told)\s+(he|she)\b|\b\p{Lu}\p{Ll}+\s\p{Lu}/u.exec(rest);
  const word = m?.[1] ?? m?.[2];
  if (word) return /^(he|his|himself)$/i.test(word) ? 'male' : 'female';
  return null;
}

/** The paragraphs with each range overwritten by `fill` (same length, so offsets stay valid). */
export function maskRanges(paragraphs: readonly string[], ranges: readonly TextRange[], fill = ' '): string[] {
  return paragraphs.map((text, p) => {
    let out = text;
    for (const r of ranges) if (r.paragraph === p) out = out.slice(0, r.start) + fill.repeat(r.end - r.start) + out.slice(r.end);
    return out;
  });
}

/**
 * People named in the paragraphs, with every mention mapped to one person. Titles and honorifics
 * are stripped ("Foreign Minister Katrin Adler" → "Katrin Adler"); a later "Ms. Adler" or "Adler"
 * is the same person. Gender comes from honorifics, known first names, role nouns in apposition
 * and the next pronoun in the sentence. Pass `ignore` to skip quotations.
 */
export function findPeople(paragraphs: readonly string[], options: { ignore?: readonly TextRange[] } = {}): People {
  const texts = maskRanges(paragraphs, options.ignore ?? []);
  const all = texts.flatMap((t, p) => candidates(t, p));
  const persons: Person[] = [];
  const mentions: PersonMention[] = [];
  const isOrg = (c: Candidate) => c.tokens.some((t) => ORG_WORDS.has(t.toLowerCase())) || c.tokens.every((t) => t === t.toUpperCase());
  const add = (name: string): Person => {
    const p: Person = { id: persons.length, name, gender: null, titles: [] };
    persons.push(p);
    return p;
  };
  // Pass 1: full names (two or more words) that look like people.
  for (const c of all) {
    if (c.tokens.length < 2) continue;
    const text = texts[c.paragraph]!;
    // "Leo Park, …" is a man, "Hyde Park" a place: an organisation word only loses to a first name with a cue.
    const roleBefore = /(\p{Ll}+),?\s*$/u.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1] ?? '';
    const personish = firstName(c.tokens[0]!) !== undefined || roleBefore in ROLE_NOUNS;
    if (isOrg(c) && !(c.tokens.length === 2 && personish && (c.titles.length || hasCue(text, c)))) continue;
    if (!(c.titles.length || firstName(c.tokens[0]!) !== undefined || hasCue(text, c))) continue;
    const name = c.tokens.join(' ');
    if (!persons.some((p) => p.name === name)) add(name);
  }
  // Pass 2: every mention, in order, matched to a full name by last or first name.
  const lastSeen = new Map<number, number>();
  let order = 0;
  for (const c of all) {
    const text = texts[c.paragraph]!;
    // A lone surname that is also a common place word ("Park") is the person once they are known.
    const name = c.tokens.join(' ');
    let person = persons.find((p) => p.name === name);
    const known = !!person || (c.tokens.length === 1 && persons.some((p) => p.name.split(' ').slice(1).includes(name)));
    if (isOrg(c) && !known) continue;
    if (!person && c.tokens.length === 1) {
      const matches = persons.filter((p) => {
        const parts = p.name.split(' ');
        return parts[parts.length - 1] === name || (parts[0] === name && parts.length > 1);
      });
      matches.sort((a, b) => (lastSeen.get(b.id) ?? -1) - (lastSeen.get(a.id) ?? -1));
      person = matches[0];
      // "His wife, Mary," / "Morag Bell's husband, Hamish,": a lone name in apposition to a relation.
      const relation = /\b(\p{Ll}+),\s*$/u.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1];
      const related = !!relation && relation in ROLE_NOUNS && /^,/.test(text.slice(c.end));
      if (!person && (c.titles.length || related || (firstName(name) !== undefined && hasCue(text, c)))) person = add(name);
    }
    if (!person) continue;
    lastSeen.set(person.id, order++);
    for (const t of c.titles) {
      if (!person.titles.includes(t)) person.titles.push(t);
      const g = TITLE_GENDER[t.split(' ')[0]!];
      if (g && !person.gender) person.gender = g;
    }
    if (!person.gender) person.gender = firstName(c.tokens[0]!) ?? genderFromContext(text, c);
    const possessive = /^['’]/.test(text.slice(c.end, c.end + 1));
    mentions.push({ person: person.id, paragraph: c.paragraph, start: c.start, end: c.end, text: text.slice(c.start, c.end), possessive });
  }
  return { persons, mentions };
}

/** Gender suggested by a name or description alone ("Helen Carver" → female, "a spokesman" → male), or null. */
export function genderOfLabel(label: string): PersonGender | null {
  const words = label.split(/[\s,]+/).filter(Boolean);
  if (!words.length) return null;
  if (/^\p{Lu}/u.test(words[0]!)) {
    const g = firstName(words[0]!);
    if (g) return g;
  }
  for (const w of words.map((x) => x.toLowerCase())) {
    if (ROLE_NOUNS[w]) return ROLE_NOUNS[w]!;
    if (TITLE_GENDER[w.replace(/\.$/, '')]) return TITLE_GENDER[w.replace(/\.$/, '')]!;
  }
  return null;
}

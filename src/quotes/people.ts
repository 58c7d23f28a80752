// Finds the people named in an article and unifies their mentions ("Mr. Zelensky" is "Volodymyr Zelensky").
import { english } from './languages/en.js';
import type { Gender, LanguageProfile } from './languages/index.js';
import { nameRuns, type NameRun, type TextRange } from './name-runs.js';

export type { TextRange } from './name-runs.js';
import { mentionRole, type MentionRole } from './mention-role.js';

export type PersonGender = Gender;
export type { MentionRole } from './mention-role.js';

/** A person named in the text, under the fullest form of their name. */
export interface Person {
  id: number;
  /** Canonical name without titles, e.g. "Volodymyr Zelensky", "Hamish Ruthven Jr.". */
  name: string;
  gender: PersonGender | null;
  /** What told the gender: an honorific, a role noun ("her husband"), the first name, or a pronoun. */
  genderFrom: 'title' | 'role' | 'name' | 'pronoun' | null;
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
  /** Grammatical place: only subjects are picked up by a later pronoun. */
  role: MentionRole;
}

/** Everyone named in an article. */
export interface People {
  persons: Person[];
  /** In reading order. */
  mentions: PersonMention[];
}


/** Options of findPeople. */
export interface PeopleOptions {
  /** Stretches to skip (quotations). A one-word quote inside a name ("Bartholomew “Bart” Pryce") is a nickname. */
  ignore?: readonly TextRange[];
  /** The article's language profile (default English). */
  lang?: LanguageProfile;
}

/** The paragraphs with each range overwritten by `fill` (same length, so offsets stay valid). */
export function maskRanges(paragraphs: readonly string[], ranges: readonly TextRange[], fill = ' '): string[] {
  return paragraphs.map((text, p) => {
    let out = text;
    for (const r of ranges) if (r.paragraph === p) out = out.slice(0, r.start) + fill.repeat(r.end - r.start) + out.slice(r.end);
    return out;
  });
}

const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** Is the run right next to a reporting verb, a byline dash or a round-up colon (where a lone name is a speaker)? */
function attributionPosition(text: string, run: NameRun, lang: LanguageProfile): boolean {
  const after = text.slice(run.end, run.end + 40);
  const before = text.slice(Math.max(0, run.start - 30), run.start);
  const next = /^\s+(?:(\p{L}+)\s+)?(\p{L}+)/u.exec(after);
  if (next && (lang.reportingVerbs.has(lower(next[2]!)) && (!next[1] || lang.speakerAdverbs.has(lower(next[1]))))) return true;
  if (next && lang.reportingVerbs.has(lower(next[1] ?? next[2]!))) return true;
  const prev = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (prev && lang.reportingVerbs.has(lower(prev)) && !lang.hearerVerbs.has(lower(prev))) return true;
  // "― Margery Pennock, Leeds" (reader byline), "Kezia, Hull: “…”" (round-up at a paragraph's start).
  if (/[―—–]\s*$/.test(before) && /^(?:,[^.!?“"]{0,60})?\s*$/u.test(text.slice(run.end))) return true;
  if (run.start === 0 && /^(?:,[^,:.“"]{1,60})?:/u.test(text.slice(run.end))) return true;
  return false;
}

/** Evidence that a lone capitalised word is a person: an honorific, a speaker's place, an age or "who" after it. */
function loneEvidence(text: string, run: NameRun, lang: LanguageProfile): boolean {
  return (
    run.titles.length > 0 || attributionPosition(text, run, lang) || /^,\s*(?:\d{1,3}|who)\b/.test(text.slice(run.end, run.end + 12)) ||
    /\b(?:named|called)\s+$/.test(text.slice(Math.max(0, run.start - 8), run.start))
  );
}

/** Evidence beside a full name that it is a person: an age, an apposition, a role noun, a reporting verb. */
function hasCue(text: string, run: NameRun, lang: LanguageProfile): boolean {
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  const after = text.slice(run.end, run.end + 60);
  if (/(?:\b(?:named|called|said|says|according to|\d+-year-old)|,)\s*$/i.test(before)) return true;
  const prev = /(\p{Ll}+)\s+$/u.exec(before)?.[1];
  if (prev && (prev in lang.roleNouns || lang.titles.has(prev))) return true;
  if (/^,\s*(?:\d+|a|an|the|who|whose|his|her|its|one)\b/.test(after)) return true;
  const appo = /^,\s*((?:\p{Ll}+\s+){0,5}\p{Ll}+)/u.exec(after)?.[1];
  if (appo && appo.split(/\s+/).some((w) => w in lang.roleNouns || lang.titles.has(w))) return true;
  if (/^\s+and\s+\p{Lu}\p{Ll}+\s\p{Lu}/u.test(after) || /\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s+and\s+$/u.test(before)) return true;
  return attributionPosition(text, run, lang);
}

/** Person nouns beside a name: "His coach, Ivan Lesko", "coach Ivan Lesko", "Raj Patel, the county's emergency manager". */
function appositionRoles(text: string, run: NameRun, lang: LanguageProfile): string[] {
  const out: string[] = [];
  const before = /(\p{Ll}+),?\s*$/u.exec(text.slice(Math.max(0, run.start - 40), run.start))?.[1];
  const after = /^,\s*(?:a|an|the|his|her|their|its|\p{Lu}\p{Ll}+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+)(?=[,.;]|\s+(?:at|of|in|for|who|with|from|and)\b)/u.exec(text.slice(run.end, run.end + 80))?.[1];
  for (const role of [before, after]) if (role && (role in lang.roleNouns || lang.titles.has(role))) out.push(role);
  return out;
}

/** Gender a role noun next to the name gives ("her husband, Graham Ridley", "Graham Ridley, her husband"). */
function roleGender(text: string, run: NameRun, lang: LanguageProfile): Gender | null {
  const before = /(\p{Ll}+),?\s+(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2})?$/u.exec(text.slice(Math.max(0, run.start - 40), run.start));
  const role = before?.[1];
  if (role && lang.roleNouns[role]) return lang.roleNouns[role]!;
  const after = /^,\s*(?:\d+,\s*)?(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 60))?.[1];
  return after && lang.roleNouns[after] ? lang.roleNouns[after]! : null;
}

/** Gender from the rest of the sentence: "… reached his porch", "said she", before any other name comes. */
function contextGender(text: string, run: NameRun, lang: LanguageProfile): Gender | null {
  const rest = text.slice(run.end).split(/[.!?](?:\s|$)/)[0] ?? '';
  for (const m of rest.matchAll(/\b(\p{L}+)\b|\p{Lu}\p{Ll}+\s\p{Lu}/gu)) {
    if (!m[1]) return null;
    const w = lower(m[1]);
    // "asked him" / "told her to": object pronouns usually point at someone else.
    if (w === 'her' && /^\s+(?:why|whether|if|that|to|for|about|and|in|on|at|with)\b/.test(rest.slice(m.index! + 3))) continue;
    const g = lang.genderedPossessives[w];
    if (g && w !== 'hers') return g;
    if (/^(?:said|says|added|told)$/.test(w)) {
      const next = /^\s+(\p{L}+)/u.exec(rest.slice(m.index! + m[0].length))?.[1];
      const info = next ? lang.subjectPronouns[lower(next)] : undefined;
      if (info?.gender) return info.gender;
    }
  }
  return null;
}

const sameName = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => lower(t) === lower(b[i]!));
/** `part` is the tail ("Ní Chathail", "Ridley") or the first name ("Seren") of `full`. */
function partOf(partTokens: readonly string[], full: readonly string[], lang: LanguageProfile): boolean {
  let part = partTokens;
  const bare = (n: readonly string[]) => (n.length > 1 && lang.suffixes.has(lower(n[n.length - 1]!)) ? n.slice(0, -1) : n);
  const core = bare(full);
  part = bare(part);
  if (part.length >= core.length) return false;
  const tail = core.slice(core.length - part.length);
  if (sameName(part, tail)) return true;
  return part.length === 1 && lower(part[0]!) === lower(core[0]!);
}

/**
 * People named in the paragraphs, with every mention mapped to one person. Titles and honorifics are
 * stripped ("Foreign Minister Katrin Adler" → "Katrin Adler"); suffixes and particles stay ("Rafael de los
 * Santos", "Hamish Ruthven Jr."); a later "Ms. Adler", "Adler" or "Katrin" is the same person. A surname
 * shared by two people goes to the one whose gender the sentence names, else the one last named as a
 * subject, else nobody. Gender comes from honorifics, role nouns, the first name and pronouns nearby.
 */
export function findPeople(paragraphs: readonly string[], options: PeopleOptions = {}): People {
  const lang = options.lang ?? english;
  const runs = nameRuns(paragraphs, options.ignore ?? [], lang);
  const texts = runs.texts;
  const persons: Person[] = [];
  const mentions: PersonMention[] = [];
  if (!lang.attributes) return { persons, mentions };
  const isOrg = (r: NameRun) =>
    r.tokens.some((t) => lang.orgWords.has(lower(t))) || r.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t) && !lang.suffixes.has(lower(t)));
  const isPlace = (r: NameRun) => lang.places.has(lower(r.tokens[r.tokens.length - 1]!)) || r.tokens.every((t) => lang.places.has(lower(t)));
  const first = (r: NameRun) => lang.firstName(r.tokens[0]!);
  const add = (tokens: readonly string[]): Person => {
    const p: Person = { id: persons.length, name: tokens.join(' '), gender: null, genderFrom: null, titles: [] };
    persons.push(p);
    return p;
  };
  const tokensOf = new Map<number, readonly string[]>();
  const full = runs.list.filter((r) => r.tokens.length >= 2);
  const personish = (r: NameRun) => {
    const text = texts[r.paragraph]!;
    if (isPlace(r) && !r.titles.length) return false;
    if (isOrg(r)) {
      // "Leo Park, 34," is a man, "Hyde Park" a place: an organisation word loses only to a first name with a cue.
      const onlyLast = r.tokens.length === 2 && !lang.orgWords.has(lower(r.tokens[0]!)) && !/^\p{Lu}{2,}$/u.test(r.tokens[0]!);
      return onlyLast && first(r) !== undefined && (r.titles.length > 0 || hasCue(text, r, lang));
    }
    return r.titles.length > 0 || !!r.role || first(r) !== undefined || hasCue(text, r, lang);
  };
  // Lone names used as speakers or with an honorific: a full name ending in one of them is a person too.
  const loneSpeakers = new Set(runs.list.filter((r) => r.tokens.length === 1 && loneEvidence(texts[r.paragraph]!, r, lang)).map((r) => lower(r.tokens[0]!)));
  const names: Array<readonly string[]> = [];
  for (const r of full) {
    if (!personish(r) && !(loneSpeakers.has(lower(r.tokens[r.tokens.length - 1]!)) && !isOrg(r) && !isPlace(r))) continue;
    if (!names.some((n) => sameName(n, r.tokens))) names.push(r.tokens);
  }
  // A full name that is the tail of a longer one ("Ní Chathail") is that person, not a second one.
  for (const n of names.filter((n) => !names.some((m) => m !== n && partOf(n, m, lang)))) tokensOf.set(add(n).id, n);

  const lastSubject = new Map<number, { paragraph: number; order: number }>();
  let order = 0;
  for (const r of runs.list) {
    const text = texts[r.paragraph]!;
    let person = persons.find((p) => tokensOf.get(p.id)!.length && sameName(tokensOf.get(p.id)!, r.tokens));
    if (!person) {
      const all = persons.filter((p) => tokensOf.get(p.id)!.length && partOf(r.tokens, tokensOf.get(p.id)!, lang));
      let matches = all;
      if (matches.length > 1) {
        // The gender the mention itself gives ("Mrs. Kessler"), else one the sentence gives ("… her phone").
        const g = r.titles.map((t) => t.split(' ').map((w) => lang.titleGender[w]).find(Boolean)).find(Boolean) ?? (r.possessive ? null : contextGender(text, r, lang));
        if (g) {
          const same = matches.filter((p) => p.gender === g);
          matches = same.length ? same : matches.filter((p) => p.gender === null);
        }
      }
      if (matches.length > 1) {
        // Else the one last named as a clause subject in these three paragraphs; else nobody.
        person = matches
          .filter((p) => (lastSubject.get(p.id)?.paragraph ?? -99) >= r.paragraph - 3)
          .sort((a, b) => lastSubject.get(b.id)!.order - lastSubject.get(a.id)!.order)[0];
      } else person = matches[0];
      if (!person && r.tokens.length === 1 && !all.length) {
        const word = lower(r.tokens[0]!);
        const usable =
          !lang.notNames.has(word) && !lang.orgWords.has(word) && !lang.places.has(word) && !(word in lang.roleNouns) && !lang.groupNouns.has(word) &&
          !/^\p{Lu}{2,}$/u.test(r.tokens[0]!) && !/\bthe\s+$/i.test(text.slice(Math.max(0, r.start - 4), r.start));
        const relation = /\b(\p{Ll}+),\s*$/u.exec(text.slice(Math.max(0, r.start - 30), r.start))?.[1];
        const related = !!relation && relation in lang.roleNouns && /^,/.test(text.slice(r.end));
        if (usable && (related || loneEvidence(text, r, lang))) {
          person = add(r.tokens);
          tokensOf.set(person.id, r.tokens);
        }
      }
      if (!person && !all.length && r.tokens.length >= 2 && personish(r) && !isOrg(r)) {
        person = add(r.tokens);
        tokensOf.set(person.id, r.tokens);
      }
    }
    if (!person) continue;
    for (const t of r.titles) {
      if (!person.titles.includes(t)) person.titles.push(t);
      const g = t.split(' ').map((w) => lang.titleGender[w]).find(Boolean);
      if (g && person.genderFrom !== 'title') (person.gender = g), (person.genderFrom = 'title');
    }
    if (r.role && !person.titles.includes(r.role)) person.titles.push(r.role);
    for (const role of appositionRoles(text, r, lang)) if (!person.titles.includes(role)) person.titles.push(role);
    if (!person.genderFrom || person.genderFrom === 'name') {
      const role = roleGender(text, r, lang) ?? (r.role ? lang.roleNouns[r.role] ?? null : null);
      if (role) (person.gender = role), (person.genderFrom = 'role');
    }
    if (!person.genderFrom) {
      const given = person.name.split(' ').find((t) => !/\.$|^\p{Lu}$/u.test(t)) ?? person.name;
      const byName = r.tokens.length >= 2 || !person.name.includes(' ') ? lang.firstName(given) : undefined;
      if (byName) (person.gender = byName), (person.genderFrom = 'name');
    }
    if (!person.genderFrom) {
      const g = contextGender(text, r, lang);
      if (g) (person.gender = g), (person.genderFrom = 'pronoun');
    }
    const role = r.possessive ? 'possessive' : mentionRole(text, r.start, lang);
    const seen = { paragraph: r.paragraph, order: order++ };
    if (role === 'subject') lastSubject.set(person.id, seen);
    mentions.push({ person: person.id, paragraph: r.paragraph, start: r.start, end: r.end, text: text.slice(r.start, r.end), possessive: r.possessive, role });
  }
  completeFromQuotes(paragraphs, options.ignore ?? [], persons, lang);
  return { persons, mentions };
}

/** A person known only by a surname whose full name is said inside a quote ("…declare that Priyanka Odedra-Whyte is elected"). */
function completeFromQuotes(paragraphs: readonly string[], ignore: readonly TextRange[], persons: Person[], lang: LanguageProfile): void {
  const quoted = ignore.map((r) => paragraphs[r.paragraph]!.slice(r.start, r.end)).join(' ');
  for (const p of persons) {
    if (p.name.includes(' ')) continue;
    const escaped = p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = new Set([...quoted.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+) ${escaped}(?![\\p{L}])`, 'gu'))].map((m) => m[1]!));
    const [given] = [...found];
    if (found.size !== 1 || !given || lang.notNames.has(lower(given)) || lang.firstName(given) === undefined) continue;
    if (persons.some((q) => q.name === `${given} ${p.name}`)) continue;
    p.name = `${given} ${p.name}`;
    if (!p.gender) {
      const g = lang.firstName(given);
      if (g) (p.gender = g), (p.genderFrom = 'name');
    }
  }
}

/** Gender suggested by a name or description alone ("Helen Carver" → female, "a spokesman" → male), or null. */
export function genderOfLabel(label: string, lang: LanguageProfile = english): PersonGender | null {
  const words = label.split(/[\s,]+/).filter(Boolean);
  if (!words.length) return null;
  if (/^\p{Lu}/u.test(words[0]!)) {
    const g = lang.firstName(words[0]!);
    if (g) return g;
  }
  for (const w of words.map((x) => x.toLowerCase().replace(/\.$/, ''))) {
    if (lang.roleNouns[w]) return lang.roleNouns[w]!;
    if (lang.titleGender[w]) return lang.titleGender[w]!;
  }
  return null;
}

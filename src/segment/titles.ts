// Chapter titles from what is salient in a section compared with the rest of the article.
import { nlp } from '../text/nlp.js';
import { isStopWord, stem, termCounts } from './terms.js';

/** Longest title, in words. */
const MAX_TITLE_WORDS = 8;

const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|any|each|every|many|most|such|other|another|no)\s+/i;
const PRONOUN = /^(?:he|she|it|they|we|you|i|him|her|them|us|me|who|which|that|this|these|those|one|ones|someone|anyone|everyone|nothing|something)$/i;

interface Candidate {
  text: string;
  entity: boolean;
  /** Mentioned in the section's opening words, where news states its topic. */
  early: boolean;
}

/** One title per section text, unique, at most eight words; `taken` holds titles already used (headline, headings). */
export function titleSections(sectionTexts: readonly string[], taken: readonly string[] = [], people?: readonly (readonly string[])[]): string[] {
  // People come from findPeople when given (every mention under one canonical name), else from compromise.
  const perSection = sectionTexts.map((text, i) => [
    ...candidates(text, !people),
    ...(people?.[i] ?? []).map((name, k) => ({ text: name, entity: true, early: k === 0 && text.split(/\s+/).slice(0, 45).join(' ').includes(name.split(' ').pop()!) })),
  ]);
  const df = new Map<string, number>();
  for (const list of perSection) for (const key of new Set(list.map((c) => keyOf(c.text)))) df.set(key, (df.get(key) ?? 0) + 1);
  // Word salience per section: term frequency there against how many sections use the word.
  const terms = sectionTexts.map(termCounts);
  const termDf = new Map<string, number>();
  for (const t of terms) for (const k of t.keys()) termDf.set(k, (termDf.get(k) ?? 0) + 1);
  const salience = terms.map((t) => new Map([...t].map(([k, n]) => [k, n * Math.log(1 + sectionTexts.length / termDf.get(k)!)])));
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const leads = new Set<string>();
  return perSection.map((list, i) => {
    const ranked = rank(list, df, sectionTexts.length, salience[i]!);
    const entities = ranked.filter((c) => c.entity);
    const phrases = ranked.filter((c) => !c.entity && c.text.split(' ').length >= 2);
    const options: string[] = [];
    for (const e of entities.slice(0, 3)) {
      for (const p of phrases.slice(0, 3)) if (!overlaps(e.text, p.text)) options.push(`${e.text}: ${p.text}`);
      for (const e2 of entities.slice(0, 3)) if (e2 !== e && !overlaps(e.text, e2.text)) options.push(`${e.text} and ${e2.text}`);
    }
    options.push(...phrases.slice(0, 3).map((p) => p.text), ...entities.slice(0, 3).map((e) => e.text));
    options.push(firstWords(sectionTexts[i]!));
    const fresh = (t: string) => t && !used.has(t.toLowerCase());
    // Prefer a lead the listener has not heard in an earlier title ("Kyiv: …" twice tells little).
    const fitted = options.map(fit);
    const title =
      fitted.find((t) => fresh(t) && !leads.has(leadOf(t))) ??
      fitted.find(fresh) ??
      `${fit(firstWords(sectionTexts[i]!))} (${i + 1})`;
    used.add(title.toLowerCase());
    leads.add(leadOf(title));
    return title;
  });
}

/** Cap a title at eight words, without a dangling little word at the end. */
export function fit(title: string): string {
  let words = title.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length > MAX_TITLE_WORDS) words = words.slice(0, MAX_TITLE_WORDS);
  while (words.length > 1 && /^(?:and|or|of|the|a|an|to|in|on|for|with|at|by|from|as|:)$/i.test(words[words.length - 1]!.replace(/:$/, ''))) words.pop();
  const t = words.join(' ').replace(/[:,;]$/, '');
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

function candidates(text: string, withPeople = true): Candidate[] {
  const doc = nlp(text);
  const opening = text.split(/\s+/).slice(0, 45).join(' ');
  const out: Candidate[] = [];
  const clean = (s: string) => s.replace(/['’]s\b/g, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/g, '').replace(/[^\p{L}\p{N}'’ -]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const people = withPeople ? (doc.people().out('array') as string[]) : [];
  for (const e of [...people, ...doc.places().out('array'), ...doc.organizations().out('array')] as string[]) {
    const t = clean(e);
    if (t && /^\p{Lu}/u.test(t) && !isStopWord(t)) out.push({ text: t, entity: true, early: opening.includes(t) });
  }
  for (const n of doc.nouns().out('array') as string[]) {
    let t = clean(n).replace(DETERMINERS, '');
    // Keep the head of long phrases: "a fabric shop near the junction" → "fabric shop".
    t = t.split(/\s+(?:of the|near|with|from|in|on|at|for|to|that|who|which|by)\s+/)[0]!;
    const words = t.split(' ');
    if (!t || words.length > 4 || PRONOUN.test(t) || words.every((w) => isStopWord(w))) continue;
    // Quantities ("about 40 pairs", "two years") name no topic.
    if (/\d|^(?:about|more|less|fewer|over|under|nearly|almost|some|several|half|all|both)\b/i.test(t) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b/i.test(t)) continue;
    const doc = nlp(t);
    if (doc.has('^#Verb') || doc.has('#Adverb$')) continue;
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitals === words.length && words.length <= 3) out.push({ text: t, entity: true, early: opening.includes(t) });
    // Mixed phrases full of names ("Ukraine President Volodymyr Zelensky") are neither a clean name nor a topic.
    else if (capitals <= 1) out.push({ text: t, entity: false, early: opening.includes(t) });
  }
  return out;
}

function rank(list: Candidate[], df: Map<string, number>, sections: number, salience: Map<string, number>): Array<Candidate & { score: number }> {
  const tf = new Map<string, { c: Candidate; n: number }>();
  const earlyKeys = new Set<string>();
  for (const c of list) {
    const key = keyOf(c.text);
    if (c.early) earlyKeys.add(key);
    const seen = tf.get(key);
    if (seen) seen.n++;
    else tf.set(key, { c, n: 1 });
  }
  return [...tf.entries()]
    .map(([key, { c, n }]) => {
      const early = earlyKeys.has(key);
      const weight = (c.entity ? 1.5 : 1) * (early ? 1.6 : 1) * (c.entity && n === 1 && !early ? 0.5 : 1);
      if (c.entity) return { ...c, score: n * Math.log(1 + sections / (df.get(key) ?? 1)) * weight };
      // A topic phrase is as good as the section-specific words it is made of.
      const words = key.split(' ');
      const made = words.reduce((sum, w) => sum + (salience.get(w) ?? 0), 0) / Math.sqrt(words.length);
      return { ...c, score: (made + n * 0.5) * (early ? 1.3 : 1) };
    })
    .sort((a, b) => b.score - a.score);
}

function leadOf(title: string): string {
  return title.split(/:| and /)[0]!.trim().toLowerCase();
}

function keyOf(text: string): string {
  return text.toLowerCase().split(/\s+/).map(stem).join(' ');
}

function overlaps(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().split(' ').map(stem));
  return b.toLowerCase().split(' ').map(stem).some((w) => wa.has(w));
}

function firstWords(text: string): string {
  return text.replace(/^["“'‘]+/, '').split(/\s+/).slice(0, 6).join(' ').replace(/[.,;:!?"”’]+$/, '');
}

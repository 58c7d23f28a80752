// The grammatical place of a mention, from the words before it: subject, object, prepositional phrase.
import type { LanguageProfile } from './languages/index.js';

/** Where a mention stands in its clause; only subjects (and speakers) are picked up by a later pronoun. */
export type MentionRole = 'subject' | 'object' | 'oblique' | 'possessive';

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'then', 'so', 'yet', 'while', 'as', 'when', 'because', 'although', 'though', 'if', 'after', 'before', 'since', 'until', 'once']);
const COPULAS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'became', 'becomes']);
const EMBEDDING = new Set(['that', 'who', 'whom', 'whose', 'which', 'than', 'whether']);

/**
 * The role of a mention starting at `at`. Words that belong to the noun phrase ("Brandt lawyer",
 * "30-year-old", "the fisherman") are skipped; then a preposition makes it oblique, a reporting verb or
 * a clause boundary a subject, and any other word (a verb: "pressed Haddix") an object.
 */
export function mentionRole(text: string, at: number, lang: LanguageProfile, depth = 0): MentionRole {
  const from = Math.max(0, at - 120);
  const matches = [...text.slice(from, at).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu)];
  const ws = matches.map((m) => m[0]);
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    const l = w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
    // ", Trevor Lund," after "to a college friend": an apposition to a person noun shares that noun's role.
    if (w === ',' && depth < 2 && i > 0 && ws[i - 1]!.toLowerCase() in lang.roleNouns) {
      let d = i - 1;
      while (d > 0 && d >= i - 5 && !lang.determiners.has(ws[d]!.toLowerCase())) d--;
      if (lang.determiners.has(ws[d]!.toLowerCase())) {
        const role = mentionRole(text, from + matches[d]!.index!, lang, depth + 1);
        if (role !== 'subject') return role;
      }
      return 'subject';
    }
    // Punctuation, or a word ending its sentence: the mention opens a clause.
    if (!/[\p{L}\p{N}]/u.test(w) || /[.!?]$/.test(w) && !/^(?:\p{Lu}\.?)+$|^(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Lt|Del)\.$/u.test(w)) return 'subject';
    // Inside the noun phrase: names and capitalised words, possessives, role nouns, determiners, ages.
    if (/^\p{Lu}/u.test(w) && i > 0 && !/[.!?]$/.test(ws[i - 1]!)) {
      if (lang.prepositions.has(l) || CONJUNCTIONS.has(l)) return lang.prepositions.has(l) ? 'oblique' : 'subject';
      continue;
    }
    if (/^\p{Lu}/u.test(w)) return lang.prepositions.has(l) ? 'oblique' : 'subject';
    if (l === 'named' || l === 'called' || /[’']s$/.test(w) || l in lang.roleNouns || lang.titles.has(l) || lang.titleModifiers.has(l) || /\d|-/.test(w) || lang.determiners.has(l)) continue;
    if (lang.prepositions.has(l)) return 'oblique';
    if (lang.hearerVerbs.has(l)) return 'object';
    if (lang.reportingVerbs.has(l) || lang.participles.has(l) || CONJUNCTIONS.has(l)) return 'subject';
    // "Among those who waited was Abimbola Carrington": a name after a copula is the clause's topic.
    if (COPULAS.has(l)) return 'subject';
    if (EMBEDDING.has(l)) return 'object';
    // "At dawn a young porter came by": a short opening prepositional phrase, then the subject.
    const clause = ws.slice(0, i + 1);
    const open = clause.map((x) => /^[,;:.!?]$|[.!?]$/.test(x)).lastIndexOf(true) + 1;
    const lead = clause.slice(open);
    if (lead.length <= 4 && lang.prepositions.has(lead[0]!.toLowerCase()) && !lead.some((x) => /[’']s$/.test(x))) return 'subject';
    // Any other word is most often a verb ("pressed Haddix"); an adjective before a name is rarer in news.
    return 'object';
  }
  return 'subject';
}

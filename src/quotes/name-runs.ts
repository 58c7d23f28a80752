// Capitalised runs that may name a person, split into titles and name: "Sen. Bartholomew “Bart” Pryce III".
import type { LanguageProfile } from './languages/index.js';

/** A stretch of a paragraph to skip (for example the inside of quotations). */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

/** A run of capitalised words: its titles, and the name tokens (particles and suffixes kept). */
export interface NameRun {
  paragraph: number;
  /** Start of the run, titles included. */
  start: number;
  /** End of the last name token. */
  end: number;
  tokens: string[];
  /** Title phrases before the name, lower case without dots ("sen", "fisheries commissioner"). */
  titles: string[];
  /** A capitalised role noun opening the run ("Commuter Priya Hallworth"), lower case. */
  role?: string;
  /** The run ends in "'s": the person is named as an owner. */
  possessive: boolean;
}

interface Token { t: string; bare: string; s: number; e: number; cap: boolean; stop: boolean; possessive: boolean }

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;

function tokenize(text: string, lang: LanguageProfile): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let t = m[0];
    const s = m.index!;
    let stop = false;
    let possessive = false;
    const poss = /['’]s?$/.exec(t);
    if (poss && t.length > 2 && !/\.['’]$/.test(t)) (t = t.slice(0, poss.index)), (stop = true), (possessive = true);
    if (t.endsWith('.')) {
      const core = t.slice(0, -1);
      const l = core.toLowerCase();
      const initials = /^(?:\p{Lu}\.?)+$/u.test(core) || /^\p{Lu}\p{Ll}?$/u.test(core);
      const nextCap = /^ \p{Lu}/u.test(text.slice(s + t.length, s + t.length + 2));
      if (!(lang.titles.has(l) || lang.suffixes.has(l) || (initials && nextCap))) (t = core), (stop = true);
    }
    const cap = /^\p{Lu}/u.test(t) || /^(?:al|el)-\p{Lu}/u.test(t);
    out.push({ t, bare: t.toLowerCase().replace(/\.$/, '').replace(/’/g, "'"), s, e: s + t.length, cap, stop, possessive });
  }
  return out;
}

/** Split one run into leading junk, titles, name and suffix. */
function analyse(run: Token[], paragraph: number, lang: LanguageProfile, sentenceInitial: boolean): NameRun | null {
  let toks = run;
  while (toks.length && (lang.notNames.has(toks[0]!.bare) || /\d|-old$/.test(toks[0]!.t) || !toks[0]!.cap)) toks = toks.slice(1);
  while (toks.length && !toks[toks.length - 1]!.cap) toks = toks.slice(0, -1);
  if (!toks.length) return null;
  const isTitle = (x: Token) => x.cap && lang.titles.has(x.bare);
  const isSuffix = (x: Token) => lang.suffixes.has(x.bare);
  let titles: string[] = [];
  let role: string | undefined;
  // The last title with a real name token after it: "EU Fisheries Commissioner Ilse Vandermeer".
  let k = -1;
  for (let i = toks.length - 2; i >= 0; i--) {
    if (isTitle(toks[i]!) && toks.slice(i + 1).some((x) => !isSuffix(x))) {
      k = i;
      break;
    }
  }
  if (k >= 0) {
    let j = k;
    while (j > 0 && (isTitle(toks[j - 1]!) || lang.titleModifiers.has(toks[j - 1]!.bare))) j--;
    titles = [toks.slice(j, k + 1).map((x) => x.bare).join(' ')];
    toks = toks.slice(k + 1);
  } else if (
    toks.length >= 2 && lang.firstName(toks[0]!.t) === undefined &&
    (toks[0]!.bare in lang.roleNouns || (toks.length >= 3 && toks[0] === run[0] && sentenceInitial && lang.firstName(toks[1]!.t) !== undefined && !lang.particles.has(toks[1]!.bare)))
  ) {
    role = toks[0]!.bare;
    toks = toks.slice(1);
  }
  const name = toks.filter((x) => x.cap || lang.particles.has(x.bare));
  if (!name.length || !name.some((x) => x.cap && !isSuffix(x))) return null;
  const last = toks[toks.length - 1]!;
  return {
    paragraph,
    start: run.find((x) => x.cap && !lang.notNames.has(x.bare) && !/\d|-old$/.test(x.t))?.s ?? toks[0]!.s,
    end: last.e,
    tokens: toks.map((x) => x.t),
    titles,
    ...(role ? { role } : {}),
    possessive: last.possessive,
  };
}

/** A particle (or a chain of them: "de los", "van der") followed by a capitalised word, one space apart. */
function particleChain(toks: readonly Token[], i: number, text: string, lang: LanguageProfile): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
    if (text.slice(toks[j - 1]!.e, toks[j]!.s) !== ' ') return false;
    if (toks[j]!.cap) return true;
    if (!lang.particles.has(toks[j]!.bare)) return false;
  }
  return false;
}

/**
 * Every capitalised run of the paragraphs (quotations in `ignore` blanked out), analysed. A lower-case
 * particle joins a run only between capitalised words ("Tobias van der Heijden"); a one-word quote
 * between two capitalised words is a nickname and joins the run too.
 */
export function nameRuns(paragraphs: readonly string[], ignore: readonly TextRange[], lang: LanguageProfile): { texts: string[]; list: NameRun[] } {
  const nicknames = ignore.filter((r) => {
    const text = paragraphs[r.paragraph]!;
    const inner = text.slice(r.start, r.end).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return /^\p{Lu}[\p{Ll}'’-]+$/u.test(inner) && /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, r.start - 20), r.start)) && /^\s\p{Lu}/u.test(text.slice(r.end, r.end + 2));
  });
  const texts = paragraphs.map((text, p) => {
    let out = text;
    for (const r of ignore) if (r.paragraph === p) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
    return out;
  });
  const list: NameRun[] = [];
  texts.forEach((text, paragraph) => {
    const toks = tokenize(text, lang);
    let run: Token[] = [];
    const flush = () => {
      const found = run.length ? analyse(run, paragraph, lang, /(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, run[0]!.s))) : null;
      if (found) list.push(found);
      run = [];
    };
    toks.forEach((tok, i) => {
      const prev = run[run.length - 1];
      const gap = prev ? text.slice(prev.e, tok.s) : '';
      const joins = !!prev && !prev.stop && (gap === ' ' || (/^\s+$/.test(gap) && nicknames.some((n) => n.paragraph === paragraph && n.start >= prev.e && n.end <= tok.s)));
      const particle = !tok.cap && lang.particles.has(tok.bare) && !!prev && joins && particleChain(toks, i, text, lang);
      if (!(tok.cap || particle) || (prev && !joins)) flush();
      if (tok.cap || (particle && run.length)) run.push(tok);
      if (tok.stop) flush();
    });
    flush();
  });
  return { texts, list };
}

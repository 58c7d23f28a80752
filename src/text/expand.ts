// Expands numbers, symbols, abbreviations, URLs and e-mail addresses into the words a listener of the language expects.
import { boundDigitRuns } from './digits.js';
import type { LanguageRules, Replacement } from './languages/rules.js';
import { expandNumerals } from './numerals.js';

export interface ExpandOptions {
  /** Spell unpronounceable acronyms letter by letter ("BBC" → "B B C"), where the language has a rule for it. */
  spellAcronyms: boolean;
  /** The language's reading rules; null: a language without rules, whose digits the engine reads itself. */
  rules: LanguageRules | null;
}

/** Longer than any real word (the longest German compounds run to about 80 letters). */
const LONGEST_WORD = 100;
const OVERLONG = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu');
const URL = /\b(?:https?:\/\/|www\.)[^\s"'<>]+[^\s"'<>.,;:!?)]/gi;
const MAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** Expand one sentence of already plain-typography text. */
export function expandForSpeech(input: string, options: ExpandOptions): string {
  const { rules } = options;
  if (!rules) return finish(boundDigitRuns(input.replace(URL, (url) => host(url))));
  let text = input;
  // Shouting headlines are words, not acronyms.
  const caps = text.match(/\b\p{Lu}{3,}\b/gu) ?? [];
  if (caps.length >= 4 && caps.length * 2 > text.split(/\s+/).length) text = text.toLowerCase().replace(/^./, (c) => c.toUpperCase());

  const dotted = (name: string) => name.split('.').join(` ${rules.words.dot} `);
  text = text.replace(URL, (url) => dotted(host(url)));
  text = text.replace(MAIL, (mail) => {
    const [user, domain] = mail.split('@');
    return `${user!.replace(/[._]/g, ' ')} ${rules.words.at} ${dotted(domain!)}`;
  });
  for (const [pattern, say] of rules.abbreviations) text = replaceKeepingFinalStop(text, pattern, say);

  text = expandNumerals(text, rules);
  text = text.replace(/\s&\s/g, ` ${rules.words.and} `).replace(/(?<=\w)&(?=\w)/g, ` ${rules.words.and} `).replace(/\s\+\s/g, ` ${rules.words.plus} `);
  if (rules.afterNumbers) text = rules.afterNumbers(text, { spellAcronyms: options.spellAcronyms });
  return finish(text);
}

/** Spaces collapsed, and a "word" longer than any real one read as its first characters (never minutes of garbage). */
function finish(text: string): string {
  return text.replace(OVERLONG, (word) => `${Array.from(word).slice(0, LONGEST_WORD).join('')} ...`).replace(/\s+/g, ' ').trim();
}

/** Replace an abbreviation; one that ended the sentence ("usw.") keeps the sentence's full stop. */
function replaceKeepingFinalStop(text: string, pattern: RegExp, say: Replacement): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const at = rest.at(-2) as number;
    const groups = rest.slice(0, -2) as string[];
    const spoken = typeof say === 'string' ? say.replace(/\$(\d)/g, (_m, i: string) => groups[Number(i) - 1] ?? '') : say(match, ...groups);
    return match.endsWith('.') && at + match.length === text.length && !spoken.endsWith('.') ? `${spoken}.` : spoken;
  });
}

function host(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split(/[/?#]/)[0]!;
}

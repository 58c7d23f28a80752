// Refuses articles nobody can listen to: empty, a single word, or in a script the engines cannot read.
import { UserError } from '../errors.js';
import type { Block } from './article.js';

/** Throw a UserError when the blocks are not a readable article in the briefing language. */
export function checkReadable(blocks: readonly Block[], source: string, language: string, title: string | null, raw: readonly Block[] = blocks): void {
  const text = blocks.map((b) => b.text).join(' ');
  const letters = text.match(/\p{L}/gu) ?? [];
  const rawWords = raw.map((b) => b.text).join(' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (rawWords === 1) throw new UserError(`${source}: the article is a single word`, { hint: 'give a whole article' });
  if (!letters.length) {
    throw new UserError(`${source}: no article text found`, { hint: title ? 'the page may need JavaScript or a login; save the article text to a file' : 'give a file with some text in it' });
  }
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words < 2) throw new UserError(`${source}: the article is a single word`, { hint: 'give a whole article' });
  if (language.toLowerCase().startsWith('en')) {
    const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
    if (latin / letters.length < 0.5) {
      throw new UserError(`${source}: the text is not in the Latin alphabet (${scriptName(text)}), which the English voices cannot read`, {
        hint: 'use --lang with a matching language and an engine that speaks it (e.g. espeak-ng)',
      });
    }
  }
}

function scriptName(text: string): string {
  const scripts: Array<[string, RegExp]> = [
    ['Cyrillic', /\p{Script=Cyrillic}/u], ['Arabic', /\p{Script=Arabic}/u], ['Greek', /\p{Script=Greek}/u], ['Hebrew', /\p{Script=Hebrew}/u],
    ['Chinese', /\p{Script=Han}/u], ['Japanese', /\p{Script=Hiragana}|\p{Script=Katakana}/u], ['Korean', /\p{Script=Hangul}/u],
    ['Devanagari', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u],
  ];
  return scripts.find(([, re]) => re.test(text))?.[0] ?? 'another script';
}

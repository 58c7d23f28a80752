import { describe, expect, it } from 'vitest';
import { piecesForArticle } from '../../src/quotes/pieces.js';
import { findQuotes } from '../../src/quotes/find.js';
import { splitSentences } from '../../src/text/sentences.js';

// A small deterministic generator of sloppy paragraphs: stray marks of every kind, apostrophes, names.
function* sloppy(seed: number): Generator<string> {
  const parts = ['"', '“', '”', '„', '«', '»', '‹', '›', "'", '’', 'said Anna Berg', 'he said.', 'The minister', 'Mr. Lind', 'O\'Neill', '3"', 'and', 'yes,', 'No.', ':', '—', 'they chanted', 'Tom Okafor, 54,'];
  let x = seed;
  for (;;) {
    let text = '';
    const n = 3 + (x % 17);
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      text += parts[x % parts.length] + (x % 3 ? ' ' : '');
    }
    yield text.trim();
  }
}

describe('robustness on sloppy text', () => {
  it('never throws, never crosses a paragraph, and keeps every character in the pieces', () => {
    const gen = sloppy(7);
    for (let round = 0; round < 200; round++) {
      const paragraphs = Array.from({ length: 4 }, () => gen.next().value as string);
      const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
      const sentences = blocks.map((b) => splitSentences(b.text));
      const joined = sentences.map((s) => s.join(' '));
      for (const q of findQuotes(joined)) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(joined[q.paragraph]!.length);
        expect(q.end).toBeGreaterThan(q.start);
      }
      const pieces = piecesForArticle({ blocks }, sentences);
      pieces.forEach((block, b) =>
        sentences[b]!.forEach((sentence, s) => expect(block.filter((p) => p.sentence === s).map((p) => p.text).join('')).toBe(sentence)),
      );
    }
  });

  it('lets an unclosed mark in the middle of narration open nothing', () => {
    const paragraphs = ['The vote, which critics called "rushed, passed by 12 votes.', 'Officials said more votes would follow.'];
    expect(findQuotes(paragraphs)).toEqual([]);
  });
});

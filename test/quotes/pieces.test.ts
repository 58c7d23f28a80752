import { describe, expect, it } from 'vitest';
import { piecesForArticle, piecesForBlock } from '../../src/quotes/pieces.js';
import { splitSentences } from '../../src/text/sentences.js';
import type { Article } from '../../src/ingest/article.js';

const article: Pick<Article, 'blocks'> = {
  blocks: [
    { kind: 'heading', text: '"Quoted" headline stays narration' },
    { kind: 'paragraph', text: 'Linda Marsh was angry. “Somebody should have told us sooner,” she told reporters. “The sirens came late.”' },
    { kind: 'paragraph', text: 'The town wants to be “storm-ready,” officials said.' },
    { kind: 'paragraph', text: '"We came here to stop the shelling. Not to swap maps," said Foreign Minister Katrin Adler, who led the talks.' },
  ],
};

describe('piecesForArticle', () => {
  const sentences = article.blocks.map((b) => splitSentences(b.text));
  const pieces = piecesForArticle(article, sentences);

  it('keeps every character of every sentence, in order, in exactly one piece', () => {
    pieces.forEach((blockPieces, b) => {
      sentences[b]!.forEach((sentence, s) => {
        expect(blockPieces.filter((p) => p.sentence === s).map((p) => p.text).join('')).toBe(sentence);
      });
    });
  });

  it('makes each voiced quote its own piece with its speaker', () => {
    const quotes = pieces.flat().filter((p) => p.kind === 'quote');
    expect(quotes.map((q) => [q.text.trim(), q.speaker, q.sentence])).toEqual([
      ['“Somebody should have told us sooner,”', 'Linda Marsh', 1],
      ['“The sirens came late.”', 'Linda Marsh', 2],
      // A quote over two sentences gives one quote piece per sentence, same speaker.
      ['"We came here to stop the shelling.', 'Katrin Adler', 0],
      ['Not to swap maps,"', 'Katrin Adler', 1],
    ]);
    expect(pieces[0]!.every((p) => p.kind === 'narration')).toBe(true);
    expect(pieces[2]!.every((p) => p.kind === 'narration')).toBe(true);
    for (const q of quotes) expect(q.text.trim()).toMatch(/^["“]|["”]$/);
  });

  it('never leaves a piece of punctuation alone', () => {
    for (const p of pieces.flat()) expect(p.text).toMatch(/[\p{L}\p{N}]/u);
  });

  it('reads everything as narration when quotes are off', () => {
    const off = piecesForArticle(article, sentences, { quotes: false });
    expect(off.flat().every((p) => p.kind === 'narration' && p.speaker === null)).toBe(true);
  });

  it('still cuts a lone block', () => {
    const lone = piecesForBlock(['“Yes,” said Tom Okafor.']);
    expect(lone.map((p) => [p.kind, p.text])).toEqual([
      ['quote', '“Yes,”'],
      ['narration', ' said Tom Okafor.'],
    ]);
  });
});

// Cuts an article's sentences into synthesis pieces: narration, and quotes with their speakers.
import type { Article } from '../ingest/article.js';
import { findQuotes } from './find.js';

export interface Piece {
  kind: 'narration' | 'quote';
  /** The article's own words (quote marks included in quotes). */
  text: string;
  /** Index of the sentence within the block. */
  sentence: number;
  speaker: string | null;
  /** The speaker's gender for quotes, when the article tells it. */
  gender?: 'female' | 'male' | null;
}

export interface PiecesOptions {
  /** false: find no quotes, everything is narration. */
  quotes?: boolean;
  /** Article language (BCP 47); picks the quote marks, reporting verbs and pronouns. Default "en". */
  language?: string;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

function cutSentence(sentence: string, index: number, offset: number, quotes: ReturnType<typeof findQuotes>): Piece[] {
  const raw: Piece[] = [];
  let at = 0;
  const push = (end: number, kind: Piece['kind'], speaker: string | null, gender: Piece['gender'] = null) => {
    if (end > at) raw.push({ kind, text: sentence.slice(at, end), sentence: index, speaker, ...(kind === 'quote' ? { gender } : {}) });
    at = Math.max(at, end);
  };
  for (const q of quotes) {
    const s = Math.max(0, q.start - offset);
    const e = Math.min(sentence.length, q.end - offset);
    if (e <= s || s >= sentence.length) continue;
    push(s, 'narration', null);
    push(e, 'quote', q.speaker, q.speaker ? q.gender : null);
  }
  push(sentence.length, 'narration', null);
  // Punctuation or spaces alone never make a piece of their own: they join a neighbour with words.
  const pieces: Piece[] = [];
  let pending = '';
  for (const piece of raw) {
    if (HAS_WORD.test(piece.text)) {
      pieces.push({ ...piece, text: pending + piece.text });
      pending = '';
    } else if (pieces.length) pieces[pieces.length - 1]!.text += piece.text;
    else pending += piece.text;
  }
  if (pending) pieces.push({ kind: 'narration', text: pending, sentence: index, speaker: null });
  return pieces;
}

/** The paragraphs quotes are found in: each block's sentences joined by one space, headings empty. */
export function quoteParagraphs(article: Pick<Article, 'blocks'>, sentencesPerBlock: readonly (readonly string[])[]): string[] {
  return article.blocks.map((block, i) => (block.kind === 'heading' ? '' : (sentencesPerBlock[i] ?? []).join(' ')));
}

/**
 * Pieces for every block of an article (result[i] belongs to article.blocks[i]), given each
 * block's sentences. Quotes are found across the whole article (pronouns and multi-paragraph
 * quotes need it); a quote inside a sentence becomes its own piece. Every character of every
 * sentence is in exactly one piece, in order: the pieces of one sentence concatenated give the
 * sentence back exactly (spaces next to a quote stay in the narration piece).
 */
export function piecesForArticle(article: Pick<Article, 'blocks'>, sentencesPerBlock: readonly (readonly string[])[], options: PiecesOptions = {}): Piece[][] {
  const paragraphs = quoteParagraphs(article, sentencesPerBlock);
  const quotes = options.quotes === false ? [] : findQuotes(paragraphs, { language: options.language ?? 'en' });
  return article.blocks.map((_, i) => {
    const mine = quotes.filter((q) => q.paragraph === i);
    let offset = 0;
    return (sentencesPerBlock[i] ?? []).flatMap((sentence, index) => {
      const pieces = cutSentence(sentence, index, offset, mine);
      offset += sentence.length + 1;
      return pieces;
    });
  });
}

/** Pieces for one block on its own (no article context), kept for callers that have only a block. */
export function piecesForBlock(sentences: readonly string[]): Piece[] {
  return piecesForArticle({ blocks: [{ kind: 'paragraph', text: sentences.join(' ') }] }, [sentences])[0]!;
}

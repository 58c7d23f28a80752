// Paragraphs for a text that has none: one long run of text becomes paragraphs of whole sentences, so chapters can form.
import type { Article, Block } from '../ingest/article.js';
import { splitSentences } from './sentences.js';

/** Longest paragraph kept whole when the article has no paragraph breaks at all. */
const UNBROKEN_MAX_WORDS = 220;
const CHUNK_WORDS = 110;

/** The article with its only paragraph, when longer than UNBROKEN_MAX_WORDS, cut into paragraphs of about CHUNK_WORDS. */
export function withParagraphs(article: Article): Article {
  const only = article.blocks.length === 1 ? article.blocks[0]! : undefined;
  if (!only || only.kind !== 'paragraph' || only.text.split(' ').length <= UNBROKEN_MAX_WORDS) return article;
  const blocks: Block[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of splitSentences(only.text)) {
    current.push(sentence);
    words += sentence.split(' ').length;
    if (words >= CHUNK_WORDS) {
      blocks.push({ kind: 'paragraph', text: current.join(' ') });
      current = [];
      words = 0;
    }
  }
  if (current.length) blocks.push({ kind: 'paragraph', text: current.join(' ') });
  return { ...article, blocks };
}

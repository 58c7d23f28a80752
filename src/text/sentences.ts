// Splits a paragraph into sentences. (Foundation version; "Article understanding" refines it.)
import { split, SentenceSplitterSyntax } from 'sentence-splitter';

/** Sentences of one paragraph, in order; joined with single spaces they give back the paragraph. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  return split(text)
    .filter((node) => node.type === SentenceSplitterSyntax.Sentence)
    .map((node) => node.raw.trim())
    .filter(Boolean);
}

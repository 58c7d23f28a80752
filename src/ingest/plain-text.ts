// Plain text: paragraphs on blank lines (or on single lines when there are no blank lines).
import type { Block } from './article.js';
import { emptyDraft, type Draft } from './draft.js';
import { splitSentences } from '../text/sentences.js';

/** Longest paragraph kept whole when the text has no paragraph breaks at all. */
const UNBROKEN_MAX_WORDS = 220;
const CHUNK_WORDS = 110;

/** Draft from plain text; the cleaner decides which first line is the headline. */
export function plainTextDraft(raw: string): Draft {
  const text = raw.replace(/\r\n?/g, '\n');
  let chunks = text.split(/\n[ \t]*\n/);
  // Scraped text sometimes separates paragraphs with single newlines only.
  if (chunks.filter((c) => c.trim()).length === 1) chunks = text.split('\n');
  const paragraphs = chunks.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const draft = emptyDraft(true);
  draft.blocks = paragraphs.length === 1 ? splitUnbroken(paragraphs[0]!) : paragraphs.map(paragraph);
  return draft;
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

/** One long run of text becomes paragraphs of whole sentences, so chapters can form. */
function splitUnbroken(text: string): Block[] {
  if (text.split(' ').length <= UNBROKEN_MAX_WORDS) return [paragraph(text)];
  const blocks: Block[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of splitSentences(text)) {
    current.push(sentence);
    words += sentence.split(' ').length;
    if (words >= CHUNK_WORDS) {
      blocks.push(paragraph(current.join(' ')));
      current = [];
      words = 0;
    }
  }
  if (current.length) blocks.push(paragraph(current.join(' ')));
  return blocks;
}

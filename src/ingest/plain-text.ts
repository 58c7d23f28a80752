// Plain text: paragraphs on blank lines (or on single lines when there are no blank lines).
import type { Block } from './article.js';
import { emptyDraft, type Draft } from './draft.js';

/** Draft from plain text; the cleaner decides which first line is the headline. */
export function plainTextDraft(raw: string): Draft {
  const text = raw.replace(/\r\n?/g, '\n');
  let chunks = text.split(/\n[ \t]*\n/);
  // Scraped text sometimes separates paragraphs with single newlines only.
  if (chunks.filter((c) => c.trim()).length === 1) chunks = text.split('\n');
  const paragraphs = chunks.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const draft = emptyDraft(true);
  // A text with no paragraph breaks at all stays one block here; the plan cuts it into paragraphs of whole sentences.
  draft.blocks = paragraphs.map(paragraph);
  return draft;
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

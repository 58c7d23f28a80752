// What a format extractor hands to the cleaner: blocks plus whatever metadata the source states.
import type { Block } from './article.js';

/** An article before boilerplate removal and headline detection. */
export interface Draft {
  /** Headline stated by the source (HTML h1, Markdown "# "), or null to find it among the blocks. */
  title: string | null;
  byline: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  blocks: Block[];
  /** Plain text has no markup: short unpunctuated lines mid-article become subheads. */
  plain: boolean;
}

/** An empty draft to fill in. */
export function emptyDraft(plain: boolean): Draft {
  return { title: null, byline: null, date: null, language: null, url: null, blocks: [], plain };
}

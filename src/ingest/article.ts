// The Article: what ingestion produces from any source, before any text processing.

/** One block of an article, in reading order. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Heading level (1 = headline) for headings. */
  level?: number;
}

export interface Article {
  /** The headline. */
  title: string;
  /** What the user gave: a path or a URL. */
  source: string;
  /** Canonical URL when known (always for web pages). */
  url: string | null;
  byline: string | null;
  /** Publication date as ISO 8601 when known. */
  date: string | null;
  /** BCP 47 language code from the page, when it says. */
  language: string | null;
  /**
   * The article body in reading order. The headline is NOT repeated here; subheads are
   * `heading` blocks. Every block is spoken.
   */
  blocks: Block[];
}

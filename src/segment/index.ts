// Groups an article's blocks into spoken sections (chapters). (Foundation version; "Article understanding" makes it topical.)
import type { Article } from '../ingest/article.js';

export interface Section {
  title: string;
  /** Indexes into article.blocks, in order; every block belongs to exactly one section. */
  blocks: number[];
}

export interface SectionizeOptions {
  /** Speaking rate used to estimate durations. */
  wordsPerMinute: number;
}

const MAX_SECONDS = 180;

/** Sections: one per heading when the article has headings, else runs of paragraphs of about one to three minutes. */
export function sectionize(article: Article, options: SectionizeOptions): Section[] {
  const sections: Section[] = [];
  let current: Section = { title: article.title, blocks: [] };
  let words = 0;
  const hasHeadings = article.blocks.some((b) => b.kind === 'heading');
  article.blocks.forEach((block, index) => {
    const startNew =
      current.blocks.length > 0 &&
      (block.kind === 'heading' || (!hasHeadings && (words / options.wordsPerMinute) * 60 >= MAX_SECONDS));
    if (startNew) {
      sections.push(current);
      current = { title: block.kind === 'heading' ? block.text : `${article.title} (${sections.length + 1})`, blocks: [] };
      words = 0;
    }
    current.blocks.push(index);
    words += block.text.split(/\s+/).length;
  });
  if (current.blocks.length) sections.push(current);
  return sections;
}

// Groups an article's blocks into spoken sections (chapters): one per heading, else topical segments.
import type { Article } from '../ingest/article.js';
import { findPeople } from '../quotes/people.js';
import { titleSections, fit } from './titles.js';
import { topicalBreaks } from './topical.js';

export interface Section {
  title: string;
  /** Indexes into article.blocks, in order; every block belongs to exactly one section. */
  blocks: number[];
}

export interface SectionizeOptions {
  /** Speaking rate used to estimate durations. */
  wordsPerMinute: number;
}

/** Sections: the headline and lede first, then one per heading, or topic shifts when the article has no headings. */
export function sectionize(article: Article, options: SectionizeOptions): Section[] {
  if (!article.blocks.length) return [];
  const hasHeadings = article.blocks.some((b) => b.kind === 'heading');
  const groups: number[][] = [];
  if (hasHeadings) {
    article.blocks.forEach((block, index) => {
      if (block.kind === 'heading' || !groups.length) groups.push([]);
      groups[groups.length - 1]!.push(index);
    });
  } else {
    const cuts = [0, ...topicalBreaks(article.blocks.map((b) => b.text), { wordsPerMinute: options.wordsPerMinute }), article.blocks.length];
    for (let i = 1; i < cuts.length; i++) groups.push(range(cuts[i - 1]!, cuts[i]!));
  }
  const headline = shortHeadline(article.title) || 'Introduction';
  const titled = groups.map((g) => {
    const first = article.blocks[g[0]!]!;
    return first.kind === 'heading' ? fit(first.text) : null;
  });
  // The first chapter carries the headline unless it opens with a heading of its own.
  titled[0] ??= headline;
  const needTitles = groups.map((g, i) => (titled[i] === null ? g.map((b) => article.blocks[b]!.text).join('\n\n') : null));
  const people = findPeople(article.blocks.map((b) => b.text));
  const mentionsPerSection = groups.map((g) =>
    people.mentions.filter((m) => g.includes(m.paragraph)).map((m) => people.persons[m.person]!.name),
  );
  const derived = titleSections(
    needTitles.map((t) => t ?? ''),
    titled.filter((t): t is string => t !== null),
    mentionsPerSection,
  );
  const seen = new Set<string>();
  return groups.map((blocks, i) => {
    let title = titled[i] ?? derived[i]!;
    // Headings can repeat ("Analysis", "Analysis"); titles must be unique in the briefing.
    for (let n = 2; seen.has(title.toLowerCase()); n++) title = `${titled[i] ?? derived[i]!} (${n})`;
    seen.add(title.toLowerCase());
    return { title, blocks };
  });
}

/** A headline over eight words cut at a clause ("… hold talks as troops repel attacks" → "… hold talks"). */
function shortHeadline(title: string): string {
  const words = title.split(/\s+/);
  if (words.length <= 8) return fit(title);
  for (let i = Math.min(8, words.length - 1); i >= 3; i--) {
    if (/^(?:as|after|amid|while|with|despite|over|before|when|because|but|and|in|at|for)$/i.test(words[i]!) || /[,:;]$/.test(words[i - 1]!)) {
      return fit(words.slice(0, i).join(' '));
    }
  }
  return fit(title);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

// What an episode's record keeps for the feed and the pages: a one-line summary, the articles, chapters and people quoted.
import type { Plan } from '../plan/schema.js';
import { episodeChapters } from './chapters-json.js';
import { articleUrl, type EpisodeContent } from './episode-content.js';
import type { EpisodeRecord } from './records.js';

/** The parts of an episode record that describe its content. */
export type EpisodeNotes = Pick<EpisodeRecord, 'summary'> & Required<Pick<EpisodeRecord, 'articles' | 'chapters' | 'quoted'>>;

/** Longest one-line summary kept, in characters. */
const SUMMARY_MAX = 280;

/** Build the content fields of an episode record from its plan and timings. */
export function episodeNotes(content: EpisodeContent): EpisodeNotes {
  const { plan } = content;
  return {
    summary: summarize(plan),
    articles: plan.articles.map((article, i) => ({
      title: article.title.trim() || `Article ${i + 1}`,
      url: articleUrl(plan, i),
      byline: article.byline?.trim() || null,
      date: article.date?.trim() || null,
    })),
    chapters: episodeChapters(content),
    quoted: quotedSpeakers(plan),
  };
}

function quotedSpeakers(plan: Plan): EpisodeNotes['quoted'] {
  const counts = new Map<string, number>();
  for (const chapter of plan.chapters) {
    for (const s of chapter.segments) if (s.kind === 'quote' && s.speaker) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  }
  // A quote split around its attribution is one quote to the cast but two segments: the cast's count wins.
  for (const c of plan.cast) if (counts.has(c.speaker) && c.quotes > 0) counts.set(c.speaker, c.quotes);
  return [...counts].map(([name, quotes]) => ({ name, quotes }));
}

// One article: its lede (the title already names the headline). Several: the headlines.
function summarize(plan: Plan): string {
  if (plan.articles.length > 1) {
    const heads = plan.articles.map((a) => a.title.trim().replace(/[.!?:;]+$/, '')).filter(Boolean);
    return truncate(`${plan.articles.length} stories: ${heads.join('; ')}.`, SUMMARY_MAX);
  }
  const body = plan.chapters.flatMap((c) => c.segments).filter((s) => s.paragraph > 0 && s.kind === 'narration');
  const lede = body[0]?.text.replace(/\s+/g, ' ').trim() ?? '';
  return truncate(lede, SUMMARY_MAX);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

// Podcasting 2.0 chapters JSON (https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md).
import { articleUrl, type EpisodeContent } from './episode-content.js';

/** The chapters JSON document. */
export interface JsonChapters {
  version: '1.2.0';
  chapters: Array<{ startTime: number; endTime: number; title: string; url?: string }>;
}

/** A chapter of an episode in seconds, with its article's link (none for the intro and outro). */
export interface EpisodeChapter {
  title: string;
  start: number;
  end: number;
  url?: string;
}

/** The chapters of a build, from the exact sample positions. */
export function episodeChapters(content: EpisodeContent): EpisodeChapter[] {
  const { plan, timings } = content;
  return timings.chapters.map((chapter, i) => {
    const url = content.briefingChapters.includes(i) ? null : articleUrl(plan, chapter.article);
    return { title: chapter.title, start: round3(chapter.startSeconds), end: round3(chapter.endSeconds), ...(url ? { url } : {}) };
  });
}

/** Chapters with start times from the exact sample positions, each linking its source article. */
export function chaptersJson(content: EpisodeContent): JsonChapters {
  return {
    version: '1.2.0',
    chapters: episodeChapters(content).map((c) => ({ startTime: c.start, endTime: c.end, title: c.title, ...(c.url ? { url: c.url } : {}) })),
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

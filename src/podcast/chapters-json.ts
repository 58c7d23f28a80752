// Podcasting 2.0 chapters JSON (https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md).
import { articleUrl, type EpisodeContent } from './episode-content.js';

/** The chapters JSON document. */
export interface JsonChapters {
  version: '1.2.0';
  chapters: Array<{ startTime: number; endTime: number; title: string; url?: string }>;
}

/** Chapters with start times from the exact sample positions, each linking its source article. */
export function chaptersJson(content: EpisodeContent): JsonChapters {
  const { plan, timings } = content;
  return {
    version: '1.2.0',
    chapters: timings.chapters.map((chapter, i) => {
      const url = content.briefingChapters.includes(i) ? null : articleUrl(plan, chapter.article);
      return {
        startTime: round3(chapter.startSeconds),
        endTime: round3(chapter.endSeconds),
        title: chapter.title,
        ...(url ? { url } : {}),
      };
    }),
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

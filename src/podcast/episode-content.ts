// What the sidecar writers need about one build: the plan, its exact timings, and which chapters are not from an article.
import type { Plan } from '../plan/schema.js';
import type { TimingsFile } from '../plan/timings-file.js';

export interface EpisodeContent {
  plan: Plan;
  timings: TimingsFile;
  /** Indexes of chapters briefcast added (intro, outro): they link to no article. */
  briefingChapters: readonly number[];
}

/** The web address of an article, when it has one. */
export function articleUrl(plan: Plan, article: number): string | null {
  const info = plan.articles[article];
  if (!info) return null;
  if (info.url) return info.url;
  return /^https?:\/\//i.test(info.source) ? info.source : null;
}

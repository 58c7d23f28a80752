// What the sidecar writers need about one build: the plan, its exact timings, and which chapters are not from an article.
import type { Plan } from '../plan/schema.js';
import type { TimingsFile } from '../pipeline/timings.js';
import { cleanUrl } from './clean-url.js';

export interface EpisodeContent {
  plan: Plan;
  timings: TimingsFile;
  /** Indexes of chapters briefcast added (intro, outro): they link to no article. */
  briefingChapters: readonly number[];
}

/** The web address of an article without tracking parameters, when it has one (never a local path). */
export function articleUrl(plan: Plan, article: number): string | null {
  const info = plan.articles[article];
  if (!info) return null;
  return cleanUrl(info.url ?? '') ?? cleanUrl(info.source);
}

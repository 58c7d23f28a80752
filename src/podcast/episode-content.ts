// What the sidecar writers need about one build: the plan, its exact timings, and which chapters are not from an article.
import type { Plan } from '../plan/schema.js';
import type { TimingsFile } from '../plan/timings-file.js';

export { articleUrl } from '../plan/article-links.js';

export interface EpisodeContent {
  plan: Plan;
  timings: TimingsFile;
  /** Indexes of chapters briefcast added (intro, outro): they link to no article. */
  briefingChapters: readonly number[];
}

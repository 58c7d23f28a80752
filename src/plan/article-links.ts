// An article's link as briefcast writes it out: its http(s) address without tracking parameters, never a local path.
import { cleanUrl } from '../util/clean-url.js';
import type { Plan } from './schema.js';

/** The web address of an article without tracking parameters, when it has one (never a local path). */
export function articleUrl(plan: Plan, article: number): string | null {
  const info = plan.articles[article];
  if (!info) return null;
  return cleanUrl(info.url ?? '') ?? cleanUrl(info.source);
}

/** Each article as its link, else its title, one a line: the comment embedded in the audio. */
export function sourcesComment(plan: Plan): string {
  return plan.articles.map((a, i) => articleUrl(plan, i) ?? a.title.trim()).filter(Boolean).join('\n');
}

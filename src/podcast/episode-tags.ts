// The tags embedded in an episode's audio: the podcast (from podcast.json) as artist and album, the sources as links.
import type { AudioMetadata } from '../audio/assemble.js';
import type { Plan } from '../plan/schema.js';
import type { PodcastConfig } from './config.js';
import { articleUrl } from './episode-content.js';

/** Each article as its link without tracking parameters, else its title: never a local path. */
export function sourcesComment(plan: Plan): string {
  return plan.articles.map((a, i) => articleUrl(plan, i) ?? a.title.trim()).filter(Boolean).join('\n');
}

/** The tags of an episode published into a folder with these channel settings. */
export function episodeTags(config: PodcastConfig, plan: Plan): Partial<AudioMetadata> {
  return { artist: config.author, album: config.title, comment: sourcesComment(plan) };
}

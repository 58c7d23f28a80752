// The tags embedded in an episode's audio: the podcast (from podcast.json) as artist and album.
import type { AudioMetadata } from '../audio/types.js';
import { channelAuthor, type PodcastConfig } from './config.js';

/** The artist and album tags of an episode published into a folder with these channel settings. */
export function episodeTags(config: PodcastConfig): Partial<AudioMetadata> {
  return { artist: channelAuthor(config), album: config.title };
}

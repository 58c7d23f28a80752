// Regenerates what a podcast folder derives from its records: feed.xml, index.html, the episode pages and their assets.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TimingsFile } from '../plan/timings-file.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { PodcastConfig } from './config.js';
import { readStoredTimings } from './episode-files.js';
import { buildFeed } from './feed.js';
import { feedUrlFor } from './feed-guid.js';
import { channelImage, isPublic } from './channel.js';
import type { RecordsFile } from './records.js';
import { siteFiles } from './web/site-files.js';

/** Write feed.xml and the web pages from the records, each only when its content changed; the names written. */
export async function syncFolder(dir: string, config: PodcastConfig, records: RecordsFile, options: { baseUrl?: string; public?: boolean }): Promise<string[]> {
  const image = await channelImage(dir, config, { create: true });
  const baseUrl = options.baseUrl ?? config.baseUrl ?? records.settings.baseUrl;
  const feed = buildFeed({ config, episodes: records.episodes, baseUrl, public: isPublic(config, records, options.public), image, guid: records.settings.guid });
  const timings = new Map<string, TimingsFile>();
  for (const e of records.episodes) {
    const stored = await readStoredTimings(dir, e.files.audio);
    if (stored) timings.set(e.id, stored);
  }
  const site = await siteFiles({ config, episodes: records.episodes, timings, feedUrl: baseUrl ? feedUrlFor(baseUrl) : null, image });
  const written: string[] = [];
  for (const file of [{ name: 'feed.xml', content: feed }, ...site]) {
    const target = path.join(dir, file.name);
    if ((await readFile(target, 'utf8').catch(() => null)) === file.content) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content);
    written.push(file.name);
  }
  return written;
}

/** The warning for a folder published without a base URL: its feed works only through `serve`. */
export function relativeUrlsWarning(dir: string): { message: string; hint: string } {
  return {
    message: `the feed in ${dir} has relative URLs: podcast apps can use it only through briefcast serve`,
    hint: 'give the public address of the folder once with --base-url https://example.org/briefings/ (or baseUrl in podcast.json); it is remembered',
  };
}

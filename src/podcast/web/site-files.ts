// Every web file of a podcast folder from its records, timings and settings: index.html, a page per episode, the assets.
import type { PodcastConfig } from '../config.js';
import type { TimingsFile } from '../../plan/timings-file.js';
import type { EpisodeRecord } from '../records.js';
import { transcriptCues } from '../transcript.js';
import { siteAssets, type SiteFile } from './assets.js';
import { episodePage } from './episode-page.js';
import { indexPage } from './index-page.js';
import { qrSvg } from './qr-svg.js';

/** What the site is made from. */
export interface SiteInput {
  config: PodcastConfig;
  episodes: readonly EpisodeRecord[];
  /** Each episode's stored timings by episode id (missing: a page without transcript). */
  timings: ReadonlyMap<string, TimingsFile>;
  /** The absolute feed URL (subscribe box and QR code), or null without a base URL. */
  feedUrl: string | null;
  /** The channel image (file name in the folder or URL). */
  image: string;
}

/** The index page alone (serve renders it for the address it is reached at). */
export async function indexFile(input: Omit<SiteInput, 'timings'>): Promise<SiteFile> {
  const content = indexPage({
    config: input.config,
    episodes: input.episodes,
    feedUrl: input.feedUrl,
    qr: input.feedUrl ? await qrSvg(input.feedUrl) : null,
    image: localImage(input.image),
  });
  return { name: 'index.html', content };
}

/** index.html, every episode page and the assets. */
export async function siteFiles(input: SiteInput): Promise<SiteFile[]> {
  const channelImage = localImage(input.image);
  const pages = input.episodes.map((record) => {
    const timings = input.timings.get(record.id) ?? null;
    const full = { ...record, chapters: record.chapters ?? (timings ? chaptersFrom(timings) : undefined) };
    return {
      name: record.files.notes,
      content: episodePage({ config: input.config, record: full, cues: timings ? transcriptCues(timings) : null, image: record.files.image ?? channelImage }),
    };
  });
  return [await indexFile(input), ...pages, ...(await siteAssets())];
}

// Records written before they kept chapters: the stored timings still have them.
function chaptersFrom(timings: TimingsFile): EpisodeRecord['chapters'] {
  return timings.chapters.map((c) => ({ title: c.title, start: c.startSeconds, end: c.endSeconds }));
}

function localImage(image: string): string | null {
  return /^https?:\/\//i.test(image) ? null : image;
}

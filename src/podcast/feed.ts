// feed.xml: RSS 2.0 with the itunes and podcast namespaces, generated from the episode records (never parsed back).
import { XMLBuilder } from 'fast-xml-parser';
import { channelAuthor, type PodcastConfig } from './config.js';
import { itemDescription } from './description.js';
import { byNewest, type EpisodeRecord } from './records.js';
import { clockTime, vttTime } from './time-format.js';

export interface FeedOptions {
  config: PodcastConfig;
  episodes: readonly EpisodeRecord[];
  /** Absolute base of every URL; without one, URLs are relative to the feed (fine for `serve`, not for players). */
  baseUrl?: string;
  /** Lift itunes:block and podcast:locked. */
  public: boolean;
  /** File name (in the folder) or absolute URL of the channel artwork. */
  image: string;
  /** The channel's podcast:guid (kept in the records; serve derives one for a folder that has none). */
  guid?: string;
}

/** MIME type of an episode's audio. */
const AUDIO_TYPES = { m4a: 'audio/x-m4a', mp3: 'audio/mpeg' } as const;

/** The absolute (or, without a base, relative) URL of a file in the folder. */
function fileUrl(name: string, baseUrl?: string): string {
  if (/^https?:\/\//i.test(name)) return name;
  if (!name) return baseUrl ? new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString() : '';
  const encoded = name.split('/').map(encodeURIComponent).join('/');
  if (!baseUrl) return encoded;
  return new URL(encoded, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/** Render the feed document. */
export function buildFeed(options: FeedOptions): string {
  const { config, baseUrl } = options;
  const episodes = [...options.episodes].sort(byNewest);
  const url = (name: string) => fileUrl(name, baseUrl);
  const imageUrl = url(options.image);
  const link = config.link ?? (baseUrl ? url('') : url('index.html'));
  const lastBuild = episodes.map((e) => e.updated).sort().pop();
  const category: Record<string, unknown> = { '@_text': config.category };
  if (config.subcategory) category['itunes:category'] = { '@_text': config.subcategory };
  const owner = config.owner?.name || config.owner?.email ? { 'itunes:name': config.owner.name, 'itunes:email': config.owner.email } : undefined;
  const channel: Record<string, unknown> = {
    ...(baseUrl ? { 'atom:link': { '@_href': url('feed.xml'), '@_rel': 'self', '@_type': 'application/rss+xml' } } : {}),
    title: config.title,
    link,
    description: config.description,
    language: config.language ?? episodes[0]?.language ?? 'en',
    ...(config.copyright ? { copyright: config.copyright } : {}),
    generator: 'briefcast',
    ...(lastBuild ? { lastBuildDate: new Date(lastBuild).toUTCString() } : {}),
    image: { url: imageUrl, title: config.title, link },
    'itunes:image': { '@_href': imageUrl },
    'itunes:author': channelAuthor(config),
    ...(owner ? { 'itunes:owner': owner } : {}),
    'itunes:category': category,
    'itunes:explicit': String(config.explicit),
    'itunes:type': 'episodic',
    ...(options.guid ? { 'podcast:guid': options.guid } : {}),
    ...(options.public
      ? {}
      : { 'itunes:block': 'Yes', 'podcast:locked': { '@_owner': config.owner?.email, '#text': 'yes' } }),
    item: episodes.map((e) => item(e, url, config.explicit)),
  };
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      '@_xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
      '@_xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@_xmlns:psc': 'http://podlove.org/simple-chapters',
      channel,
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true });
  return builder.build(cleanXml(document)) as string;
}

function item(e: EpisodeRecord, url: (name: string) => string, explicit: boolean): Record<string, unknown> {
  const page = url(e.files.notes);
  const description = itemDescription(e, page);
  // One article: its own page; a digest of several: the episode page.
  const single = e.articles?.length === 1 ? e.articles[0]!.url : null;
  return {
    title: e.title,
    link: single ?? page,
    description,
    'content:encoded': description,
    ...(e.summary ? { 'itunes:summary': e.summary } : {}),
    guid: { '@_isPermaLink': 'false', '#text': e.guid },
    pubDate: new Date(e.pubDate).toUTCString(),
    enclosure: { '@_url': url(e.files.audio), '@_length': String(e.bytes), '@_type': AUDIO_TYPES[e.format] },
    'itunes:duration': clockTime(e.durationSeconds),
    'itunes:explicit': String(explicit),
    'itunes:episodeType': 'full',
    ...(e.files.image ? { 'itunes:image': { '@_href': url(e.files.image) } } : {}),
    'podcast:chapters': { '@_url': url(e.files.chapters), '@_type': 'application/json+chapters' },
    'podcast:transcript': { '@_url': url(e.files.transcript), '@_type': 'text/vtt', '@_language': e.language },
    ...(e.chapters?.length ? { 'psc:chapters': podloveChapters(e.chapters) } : {}),
  };
}

// Podlove Simple Chapters (https://podlove.org/simple-chapters/), read by gPodder and others that ignore the JSON.
function podloveChapters(chapters: NonNullable<EpisodeRecord['chapters']>): Record<string, unknown> {
  return {
    '@_version': '1.2',
    'psc:chapter': chapters.map((c) => ({ '@_start': vttTime(c.start), '@_title': c.title, ...(c.url ? { '@_href': c.url } : {}) })),
  };
}

// XML 1.0 cannot carry most control characters or lone surrogates, even escaped.
function cleanXml(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  if (Array.isArray(value)) return value.map(cleanXml);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, cleanXml(v)]));
  }
  return value;
}

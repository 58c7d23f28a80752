// The channel's podcast:guid (https://podcasting2.org/docs/podcast-namespace/tags/guid): a UUIDv5 of the feed URL.
import { v5 as uuidv5 } from 'uuid';
import type { RecordsFile } from './records.js';

/** The Podcast Index namespace for podcast:guid. */
const PODCAST_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/** UUIDv5 of a feed URL without its scheme and trailing slashes, as the namespace specifies. */
export function podcastGuid(feedUrl: string): string {
  return uuidv5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_NAMESPACE);
}

/** The feed URL of a folder published at `baseUrl`. */
export function feedUrlFor(baseUrl: string): string {
  return new URL('feed.xml', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/** The records with the channel guid set from the base URL, unless one is already kept (a moved feed keeps its guid). */
export function withChannelGuid(records: RecordsFile, baseUrl: string | undefined): RecordsFile {
  if (records.settings.guid || !baseUrl) return records;
  return { ...records, settings: { ...records.settings, guid: podcastGuid(feedUrlFor(baseUrl)) } };
}

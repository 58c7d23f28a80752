// Fetches a URL once to tell a feed (expanded into its items) from an article page, whose body is kept for make.
import { AbortError, UserError } from '../errors.js';
import { causeText, decode, DEFAULT_MAX_PAGE_BYTES, openUrl, readCapped, type PrefetchedPage } from '../ingest/fetch-page.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js';

/** A feed's items, or a page with its body as read (make parses it instead of fetching it again). */
export type UrlKind = { kind: 'feed'; items: FeedItem[] } | { kind: 'page'; page: PrefetchedPage };

const MAX_FEED_BYTES = 20 * 1024 * 1024;

/** GET `url` once: a feed's items, or the page; network, HTTP and size failures are UserErrors naming the URL. */
export async function probeUrl(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<UrlKind> {
  const accept = 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5';
  let response: Response;
  try {
    response = await openUrl(url, { accept, timeoutMs: options.timeoutMs ?? 30_000, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw new AbortError();
    throw new UserError(`${url}: cannot fetch (${networkReason(error)})`, { hint: 'check the URL and the network' });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UserError(`${url}: HTTP ${response.status} ${response.statusText}`.trim(), { hint: 'check the URL' });
  }
  const type = response.headers.get('content-type') ?? '';
  const html = /html/i.test(type);
  // An HTML page gets make's page cap; anything else may be a feed, which may be larger.
  const bytes = await readCapped(response, html ? DEFAULT_MAX_PAGE_BYTES : MAX_FEED_BYTES, url, (error) => {
    if (options.signal?.aborted) return new AbortError();
    return new UserError(`${url}: the download broke off (${networkReason(error)})`, { hint: 'try again later' });
  });
  const text = decode(bytes, type);
  const finalUrl = response.url || url;
  if (!html && looksLikeFeed(text)) return { kind: 'feed', items: parseFeed(text, finalUrl) };
  // make checks this page as it checks a fresh response (not a web page, larger than its cap).
  return { kind: 'page', page: { html: text, url: finalUrl, contentType: type } };
}

function networkReason(error: unknown): string {
  return (error as Error).name === 'TimeoutError' ? 'timed out' : causeText(error, String(error));
}

// Fetches a URL once to tell a feed (expanded into its items) from an article page (made as it is).
import { AbortError, UserError } from '../errors.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.js';

export type UrlKind = { kind: 'feed'; items: FeedItem[] } | { kind: 'page' };

const MAX_FEED_BYTES = 20 * 1024 * 1024;

/** GET `url`: a feed's items, or 'page'; network and HTTP failures are UserErrors naming the URL. */
export async function probeUrl(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<UrlKind> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' } });
  } catch (error) {
    if (options.signal?.aborted) throw new AbortError();
    throw new UserError(`${url}: cannot fetch (${networkReason(error)})`, { hint: 'check the URL and the network' });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UserError(`${url}: HTTP ${response.status} ${response.statusText}`.trim(), { hint: 'check the URL' });
  }
  const type = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length') ?? 0);
  if (/html/i.test(type) || length > MAX_FEED_BYTES) {
    await response.body?.cancel();
    return { kind: 'page' };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw new AbortError();
    throw new UserError(`${url}: the download broke off (${networkReason(error)})`, { hint: 'try again later' });
  }
  if (!looksLikeFeed(body)) return { kind: 'page' };
  return { kind: 'feed', items: parseFeed(body, response.url || url) };
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

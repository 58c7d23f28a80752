// Fetches a web page for ingestion: timeout, size cap, redirects, charset, clear errors.
import { AbortError, UserError } from '../errors.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Refuse pages larger than this many bytes (default 5 MiB). */
  maxBytes?: number;
  /** The page as already fetched (a batch reads each URL once): checked like a fresh response, not fetched again. */
  prefetched?: PrefetchedPage;
}

/** A fetched page: its HTML and the final URL after redirects. */
export interface FetchedPage {
  html: string;
  url: string;
}

/** A response already read: its decoded body, final URL and Content-Type header (plain JSON). */
export interface PrefetchedPage extends FetchedPage {
  contentType: string;
}

/** The size cap of a page when none is given. */
export const DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** The User-Agent header briefcast fetches with. */
const USER_AGENT = 'briefcast (+https://github.com/briefcast)';

/** GET `url` following redirects, with briefcast's User-Agent; aborted by `signal` or after `timeoutMs`. */
export function openUrl(url: string, options: { accept: string; timeoutMs: number; signal?: AbortSignal }): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  return fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': USER_AGENT, accept: options.accept } });
}

/** Why a fetch failed, in a few words: its cause's code, else the cause's message, else its own message, else `fallback`. */
export function causeText(error: unknown, fallback: string): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? fallback;
}

/** Fetch an http(s) URL that must be an HTML page. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES;
  if (options.prefetched) return checkPrefetched(url, options.prefetched, maxBytes);
  const timeoutMs = options.timeoutMs ?? 20_000;
  let response: Response;
  try {
    response = await openUrl(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', timeoutMs, signal: options.signal });
  } catch (error) {
    throw fetchFailure(url, error, options.signal, timeoutMs);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new UserError(`${url}: the server answered ${response.status} ${response.statusText}`.trim(), {
      hint: response.status === 404 ? 'check the address' : 'try again later or save the page and give the file',
    });
  }
  const type = response.headers.get('content-type') ?? '';
  const refused = notAPage(url, type);
  if (refused) {
    await response.body?.cancel().catch(() => {});
    throw refused;
  }
  const bytes = await readCapped(response, maxBytes, url, (error) => fetchFailure(url, error, options.signal, timeoutMs));
  return { html: decode(bytes, type), url: response.url || url };
}

function checkPrefetched(url: string, page: PrefetchedPage, maxBytes: number): FetchedPage {
  const refused = notAPage(url, page.contentType);
  if (refused) throw refused;
  if (Buffer.byteLength(page.html) > maxBytes) throw tooLarge(url, maxBytes);
  return { html: page.html, url: page.url };
}

function notAPage(url: string, type: string): UserError | null {
  if (!type || /\b(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) return null;
  return new UserError(`${url}: not a web page (${type.split(';')[0]})`, { hint: 'give the address of an HTML article' });
}

/**
 * Read a response body, refusing more than `maxBytes` (declared or as it streams, so an endless
 * body is cut off) with the page-size error; `fail` turns a broken read into the caller's error.
 */
export async function readCapped(response: Response, maxBytes: number, url: string, fail: (error: unknown) => Error): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fail(error);
  }
  return Buffer.concat(chunks);
}

/** Decode with the charset from the header, else from a <meta> in the first bytes, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function tooLarge(url: string, maxBytes: number): UserError {
  return new UserError(`${url}: the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`, { hint: 'save the article text to a file and give the file' });
}

function fetchFailure(url: string, error: unknown, userSignal: AbortSignal | undefined, timeoutMs: number): Error {
  if (userSignal?.aborted) return new AbortError();
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new UserError(`${url}: no answer within ${Math.round(timeoutMs / 1000)} s`, { hint: 'check the address or your connection' });
  }
  return new UserError(`${url}: could not fetch the page (${causeText(error, 'unknown error')})`, { hint: 'check the address or your connection', cause: error });
}

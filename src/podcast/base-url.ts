// The --base-url check, shared by publishing and serve (which must not load the publishing code).
import { UserError } from '../errors.js';

/** Throw a UserError unless `url` is an absolute http(s) URL. */
export function checkBaseUrl(url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
    throw new UserError(`--base-url ${url} is not an http(s) URL of a folder`, { hint: 'give e.g. https://example.org/briefings/' });
  }
}

// Episode identity (which sources) and build key (what audio): the two hashes that decide rebuilds.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plan } from '../plan/schema.js';
import { slugify } from '../util/slug.js';
import { stripTracking } from '../util/clean-url.js';

/** A source as a stable key: URLs without fragment, tracking parameters or trailing slash; files as absolute paths. */
export function normalizeSource(source: string, options: { title?: string; cwd?: string } = {}): string {
  if (source === '-') return `stdin:${slugify(options.title ?? 'stdin')}`;
  if (/^https?:\/\//i.test(source)) {
    try {
      const url = new URL(source);
      url.hash = '';
      stripTracking(url);
      url.searchParams.sort();
      let text = url.toString();
      if (url.pathname !== '/' && text.endsWith('/') && !url.search) text = text.slice(0, -1);
      return text;
    } catch {
      return source;
    }
  }
  return path.resolve(options.cwd ?? process.cwd(), source);
}

/**
 * The normalized, sorted, de-duplicated sources of a plan, as the user gave them. Not the page's own
 * canonical URL: two pages claiming one canonical address must not replace each other's episodes.
 */
export function planSources(plan: Plan, cwd?: string): string[] {
  const keys = plan.articles.map((a) => normalizeSource(a.source, { title: a.title, cwd }));
  return [...new Set(keys)].sort();
}

/** Identity of an episode from its normalized sources. */
export function episodeId(sources: readonly string[]): string {
  return sha256(JSON.stringify([...sources].sort())).slice(0, 16);
}

/** Hash of everything that shapes the audio: the final plan and the render settings. */
export function buildKeyFor(plan: Plan, settings: Record<string, unknown>): string {
  return sha256(JSON.stringify({ v: 1, plan, settings }));
}

/** Hex SHA-256 of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

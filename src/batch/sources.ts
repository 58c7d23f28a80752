// Expands batch inputs (files, folders, list files, article URLs, feed URLs) into article sources.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAbort } from '../errors.js';
import type { PrefetchedPage } from '../ingest/fetch-page.js';
import { ARTICLE_EXTENSIONS } from '../ingest/index.js';
import { isListFile, mayBeList, parseList } from './list-file.js';
import { newestItems } from './feed.js';
import { probeUrl } from './probe-url.js';
import { describeError } from './run-job.js';
import { pathExists } from '../util/fs-checks.js';

/** One article to make, and where it was named (a list line, a feed, a folder). */
export interface ResolvedSource {
  source: string;
  from?: string;
  /** A page URL's body as the probe read it, so the article is not fetched a second time. */
  page?: PrefetchedPage;
}

/** An input that yielded no article: a bad list line, a dead URL, an empty feed or folder. */
export interface SourceFailure {
  source: string;
  error: string;
  hint?: string;
}

export interface ExpandOptions {
  /** Items taken from each feed (the newest). */
  limit: number;
  /** Folders never walked into (the output folder). */
  exclude?: readonly string[];
  signal?: AbortSignal;
}

const MAX_DEPTH = 4;

/** Expand inputs into article sources (deduplicated, in order) and the failures met on the way. */
export async function expandSources(inputs: readonly string[], options: ExpandOptions) {
  const sources: ResolvedSource[] = [];
  const failures: SourceFailure[] = [];
  const seen = new Map<string, ResolvedSource>();
  const exclude = (options.exclude ?? []).map((d) => path.resolve(d));
  const add = (source: string, from?: string, page?: PrefetchedPage) => {
    const known = seen.get(source);
    if (known) {
      // Named again as a page URL after a feed listed it: keep the body already read.
      if (page && !known.page) known.page = page;
      return;
    }
    const resolved: ResolvedSource = { source, ...(from ? { from } : {}), ...(page ? { page } : {}) };
    seen.set(source, resolved);
    sources.push(resolved);
  };
  const fail = (source: string, error: unknown) => {
    if (isAbort(error)) throw error;
    failures.push({ source, ...describeError(error) });
  };

  const expand = async (input: string, from: string | undefined, depth: number): Promise<void> => {
    if (/^https?:\/\//i.test(input)) return expandUrl(input, from);
    if (input === '-') return add(input, from);
    let info;
    try {
      info = await stat(input);
    } catch {
      return add(input, from); // make reports the missing or unreadable file as this article's failure
    }
    if (info.isDirectory()) return expandFolder(input, from);
    // Only a file that may be a list is read here (an article is read by make).
    const text = mayBeList(input) && info.size < 1_000_000 ? await readFile(input, 'utf8').catch(() => null) : null;
    if (text === null || !isListFile(input, text)) return add(input, from);
    if (depth >= MAX_DEPTH) return fail(input, new Error(`list files nested more than ${MAX_DEPTH} deep`));
    for (const entry of parseList(text)) {
      const where = `${input} line ${entry.line}`;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry.value) && !/^https?:/i.test(entry.value)) {
        failures.push({ source: where, error: `${where}: "${entry.value}" is not an http(s) URL`, hint: 'fix or remove the line' });
        continue;
      }
      // Relative lines are relative to the list file; kept relative when the list path was.
      const value = /^https?:\/\//i.test(entry.value) || path.isAbsolute(entry.value) ? entry.value : path.join(path.dirname(input), entry.value);
      if (!/^https?:\/\//i.test(value) && !(await pathExists(value))) {
        failures.push({ source: where, error: `${where}: "${entry.value}" is neither a URL nor an existing file or folder`, hint: 'fix or remove the line' });
        continue;
      }
      await expand(value, where, depth + 1);
    }
  };

  const expandUrl = async (url: string, from: string | undefined) => {
    try {
      const kind = await probeUrl(url, { signal: options.signal });
      if (kind.kind === 'page') return add(url, from, kind.page);
      if (kind.items.length === 0) throw new Error(`${url}: the feed has no items`);
      for (const item of newestItems(kind.items, options.limit)) {
        if (item.url) add(item.url, url);
        else failures.push({ source: url, error: `${url}: item "${item.title ?? '?'}" has no link`, hint: 'only items that link to an article can be made' });
      }
    } catch (error) {
      fail(url, error);
    }
  };

  const expandFolder = async (dir: string, from: string | undefined) => {
    const found: string[] = [];
    await walk(dir, exclude, found);
    if (found.length === 0) {
      failures.push({ source: dir, error: `${dir}: the folder has no .txt, .md or .html files`, hint: 'give a folder of articles' });
    }
    for (const file of found.sort()) add(file, from);
  };

  for (const input of inputs) await expand(input, undefined, 0);
  return { sources, failures };
}

async function walk(dir: string, exclude: readonly string[], found: string[]): Promise<void> {
  if (exclude.includes(path.resolve(dir))) return;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, exclude, found);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
  }
}

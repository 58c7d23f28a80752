// Loads a source (file path, "-" for stdin, or http/https URL) into a clean Article.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Article } from './article.js';
import { cleanDraft } from './clean.js';
import type { Draft } from './draft.js';
import { fetchPage, type FetchOptions } from './fetch-page.js';
import { markdownDraft } from './markdown.js';
import { plainTextDraft } from './plain-text.js';
import { checkReadable } from './readable.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Timeout and size cap for URLs. */
  fetch?: Omit<FetchOptions, 'signal'>;
  /** Language the briefing is read in (default: the page's declared language, else "en"): text in another script is refused for English. */
  language?: string;
  /** Read stdin from here instead of process.stdin (for tests and the library API). */
  stdin?: NodeJS.ReadableStream;
}

type Format = 'text' | 'markdown' | 'html';
const FORMATS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};
/** File extensions read as articles (a folder source in a batch takes these). */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(FORMATS).filter(Boolean));
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Read a source into an Article; bad sources are UserErrors with one clear line. */
export async function loadSource(source: string, options: LoadOptions = {}): Promise<Article> {
  if (/^https?:\/\//i.test(source)) {
    const page = await fetchPage(source, { ...options.fetch, signal: options.signal });
    return finish(await htmlDraft(page.html, page.url), source, options, page.url);
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) {
    throw new UserError(`${source}: only http and https addresses are supported`, { hint: 'give an http(s) URL or a file' });
  }
  if (source === '-') {
    const raw = await readStdin(options.stdin ?? process.stdin);
    const format: Format = /^\s*<(!doctype html|html|head|body|article)\b/i.test(raw) ? 'html' : 'text';
    return finish(await draftOf(raw, format), 'stdin', options);
  }
  const ext = path.extname(source).toLowerCase();
  const format = FORMATS[ext];
  if (!format) throw new UserError(`${source}: unsupported file type "${ext}"`, { hint: 'give a .txt, .md or .html file, or a URL' });
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new UserError(`${source}: no such file`, { hint: 'check the path' });
  }
  if (info.isDirectory()) throw new UserError(`${source}: is a directory, not an article`, { hint: 'give a file' });
  if (info.size > MAX_FILE_BYTES) throw new UserError(`${source}: the file is larger than 20 MiB`, { hint: 'give a single article' });
  const raw = decodeText(await readFile(source), source);
  return finish(await draftOf(raw, format), source, options, null, path.basename(source, ext));
}

/** The HTML extractor (linkedom + Readability, ~0.1 s to load) is imported only for web pages and HTML files. */
async function htmlDraft(html: string, pageUrl: string | null = null): Promise<Draft> {
  return (await import('./html.js')).htmlDraft(html, pageUrl);
}

async function draftOf(raw: string, format: Format): Promise<Draft> {
  return format === 'html' ? htmlDraft(raw) : format === 'markdown' ? markdownDraft(raw) : plainTextDraft(raw);
}

function finish(draft: Draft, source: string, options: LoadOptions, url: string | null = null, fallbackTitle?: string): Article {
  const cleaned = cleanDraft(draft);
  checkReadable(cleaned.blocks, source, options.language ?? draft.language ?? 'en', cleaned.title, draft.plain ? draft.blocks : cleaned.blocks);
  const title = cleaned.title ?? humanize(fallbackTitle) ?? firstWords(cleaned.blocks[0]?.text ?? 'Untitled');
  return {
    title,
    source,
    url: draft.url ?? url,
    byline: cleaned.byline,
    date: cleaned.date,
    language: draft.language,
    blocks: cleaned.blocks,
  };
}

function decodeText(bytes: Buffer, source: string): string {
  if (bytes.subarray(0, 8000).includes(0)) throw new UserError(`${source}: looks like a binary file, not text`, { hint: 'give a .txt, .md or .html file' });
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  // Not UTF-8: most likely Windows-1252 / Latin-1 text.
  return bad > 0 && bad * 50 > text.length / 100 ? new TextDecoder('windows-1252').decode(bytes) : text;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  if ((stream as { isTTY?: boolean }).isTTY) throw new UserError('stdin is a terminal, not an article', { hint: 'pipe an article in, e.g. `cat article.txt | briefcast plan -`' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > MAX_FILE_BYTES) throw new UserError('stdin: more than 20 MiB of input', { hint: 'give a single article' });
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks), 'stdin');
}

function humanize(name: string | undefined): string | null {
  if (!name) return null;
  const words = name.replace(/^\d{4}-\d{2}-\d{2}-?/, '').replace(/[-_.]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : null;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}

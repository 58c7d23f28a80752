// Loads a source (file path) into an Article. (Foundation version; "Article understanding" adds URLs and cleaning.)
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Article, Block } from './article.js';

export interface LoadOptions {
  signal?: AbortSignal;
}

const TEXT_EXT = new Set(['.txt', '.text', '']);
const MD_EXT = new Set(['.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm']);

/** Read a source into an Article; bad sources are UserErrors with one clear line. */
export async function loadSource(source: string, _options: LoadOptions = {}): Promise<Article> {
  const ext = path.extname(source).toLowerCase();
  if (!TEXT_EXT.has(ext) && !MD_EXT.has(ext) && !HTML_EXT.has(ext)) {
    throw new UserError(`${source}: unsupported file type "${ext}"`, { hint: 'give a .txt, .md or .html file' });
  }
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new UserError(`${source}: no such file`, { hint: 'check the path' });
  }
  if (info.isDirectory()) throw new UserError(`${source}: is a directory, not an article`, { hint: 'give a file' });
  const bytes = await readFile(source);
  if (bytes.includes(0)) throw new UserError(`${source}: looks like a binary file, not text`, { hint: 'give a .txt, .md or .html file' });
  const raw = bytes.toString('utf8');
  const blocks = HTML_EXT.has(ext) ? htmlBlocks(raw) : MD_EXT.has(ext) ? markdownBlocks(raw) : textBlocks(raw);
  if (!blocks.some((b) => /[\p{L}\p{N}]/u.test(b.text))) {
    throw new UserError(`${source}: the article is empty`, { hint: 'give a file with some text in it' });
  }
  const first = blocks[0]!;
  const title = first.kind === 'heading' || looksLikeHeadline(first.text) ? first.text : path.basename(source, ext);
  const body = title === first.text ? blocks.slice(1) : blocks;
  return { title, source, url: null, byline: null, date: null, language: null, blocks: body };
}

function looksLikeHeadline(text: string): boolean {
  return text.split(/\s+/).length <= 20 && !/[.!?]["”’]?$/.test(text);
}

function textBlocks(raw: string): Block[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

function markdownBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of raw.split(/\r?\n\s*\r?\n/)) {
    const heading = /^(#{1,6})\s+(.+)$/.exec(chunk.trim());
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    else {
      const text = chunk.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

function htmlBlocks(raw: string): Block[] {
  const body = raw
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const blocks: Block[] = [];
  const re = /<(h[1-6]|p|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = decode(m[2]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tag = m[1]!.toLowerCase();
    if (tag.startsWith('h')) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
    else blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

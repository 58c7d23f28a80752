// HTML: the article found by @mozilla/readability over a linkedom DOM, with headline, byline, date, language, canonical URL.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from './article.js';
import { emptyDraft, type Draft } from './draft.js';

/** The little of the DOM used here (the project compiles without the DOM lib). */
interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FIGURE', 'IFRAME']);

/** Draft from an HTML page; `pageUrl` resolves a relative canonical link. */
export function htmlDraft(html: string, pageUrl: string | null = null): Draft {
  const { document } = parseHTML(html);
  const draft = emptyDraft(false);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const h1 = text((document.querySelector('article h1') ?? document.querySelector('h1')) as unknown as El | null);
  const ogTitle = meta('meta[property="og:title"]');
  const docTitle = text(document.querySelector('title') as unknown as El | null);
  draft.language = document.documentElement?.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language"]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta('meta[property="og:url"]');
  draft.url = resolve(canonical, pageUrl) ?? pageUrl;
  draft.date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    (document.querySelector('time[datetime]')?.getAttribute('datetime') || null);
  draft.byline = meta('meta[name="author"]');

  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  if (parsed?.content) {
    draft.blocks = blocksOf(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as El);
    draft.byline ??= parsed.byline?.trim() || null;
    draft.date ??= parsed.publishedTime?.trim() || null;
    draft.language ??= parsed.lang?.trim() || null;
  }
  draft.title = h1 || ogTitle || stripSiteName(parsed?.title?.trim() || docTitle) || null;
  // Readability keeps the headline as a block sometimes; the cleaner removes repeats of the title.
  return draft;
}

/** Block elements in reading order; text of nested blocks is not repeated. */
function blocksOf(root: El | null): Block[] {
  const blocks: Block[] = [];
  const walk = (el: El) => {
    for (const child of Array.from(el.children)) {
      if (SKIP_TAGS.has(child.tagName)) continue;
      const hasBlockChild = Array.from(child.querySelectorAll('*')).some((d) => BLOCK_TAGS.has(d.tagName));
      if (BLOCK_TAGS.has(child.tagName) && !hasBlockChild) {
        const t = text(child);
        if (!t) continue;
        const level = /^H([1-6])$/.exec(child.tagName);
        blocks.push(level ? { kind: 'heading', level: Number(level[1]), text: t } : { kind: 'paragraph', text: t });
      } else if (hasBlockChild) {
        walk(child);
      } else {
        const t = text(child);
        if (t) blocks.push({ kind: 'paragraph', text: t });
      }
    }
  };
  if (root) walk(root);
  return blocks;
}

function text(el: El | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—·-]\s+/);
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title;
}

function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    // Only web links: a javascript: or data: "canonical" would end up in show notes and feeds.
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

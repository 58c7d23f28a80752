// RSS 2.0, RSS 1.0 and Atom feeds: recognise one, and list its items' article links, newest first.
import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../errors.js';

/** One feed item that points at an article page. */
export interface FeedItem {
  url: string;
  title: string | null;
  /** Milliseconds since the epoch, or null when the item has no readable date. */
  date: number | null;
}

/** True when the document's root element is rss, feed (Atom) or rdf:RDF (RSS 1.0). */
export function looksLikeFeed(text: string): boolean {
  let head = text.slice(0, 8192).replace(/^\uFEFF/, '');
  for (;;) {
    const next = head.replace(/^\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/i, '');
    if (next === head) break;
    head = next;
  }
  return /^\s*<(rss|feed|rdf:RDF)[\s>/]/i.test(head);
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Parse a feed into items with absolute links (relative ones resolved against `baseUrl`). */
export function parseFeed(xml: string, baseUrl: string): FeedItem[] {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new UserError(`${baseUrl}: the feed is not valid XML (${(error as Error).message.split('\n')[0]})`, {
      hint: 'check the feed URL',
    });
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const raw: Node[] = rss
    ? asArray((rss.channel as Node | undefined)?.item)
    : rdf
      ? asArray(rdf.item ?? (rdf.channel as Node | undefined)?.item)
      : atom
        ? asArray(atom.entry)
        : [];
  if (!rss && !rdf && !atom) throw new UserError(`${baseUrl}: not an RSS or Atom feed`, { hint: 'give a feed or an article URL' });
  return raw.map((item) => ({
    url: absolute(itemLink(item), baseUrl),
    title: text(item.title),
    date: itemDate(item),
  }));
}

/** The newest `limit` items: by date when every item has one, else in feed order (feeds list newest first). */
export function newestItems(items: readonly FeedItem[], limit: number): FeedItem[] {
  const dated = items.every((i) => i.date !== null);
  const ordered = dated ? [...items].sort((a, b) => b.date! - a.date!) : [...items];
  return ordered.slice(0, limit);
}

function itemLink(item: Node): string {
  for (const link of asArray(item.link) as unknown[]) {
    if (typeof link === 'string') {
      if (link.trim()) return link.trim();
      continue;
    }
    const node = link as Node;
    const rel = node['@_rel'];
    const href = node['@_href'];
    if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return href.trim();
    const inner = text(node);
    if (inner) return inner;
  }
  const guid = item.guid;
  const permalink = typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] !== 'false' : true;
  const id = text(guid) ?? text(item.id);
  if (id && permalink && /^https?:\/\//i.test(id)) return id;
  return '';
}

function itemDate(item: Node): number | null {
  for (const key of ['pubDate', 'dc:date', 'published', 'updated']) {
    const value = text(item[key]);
    if (value) {
      const ms = Date.parse(value);
      if (Number.isFinite(ms)) return ms;
    }
  }
  return null;
}

function absolute(link: string, base: string): string {
  if (!link) return '';
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return null;
}

function asArray(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

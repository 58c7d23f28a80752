// Two independent feed parsers for the tests: rss-parser (xml2js) and feedparser (sax), each read as its users would.
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import Parser from 'rss-parser';

type RssItem = Parser.Item & {
  'podcast:chapters'?: { $: { url: string; type: string } };
  'podcast:transcript'?: { $: { url: string; type: string } };
  'psc:chapters'?: { 'psc:chapter': Array<{ $: { start: string; title: string; href?: string } }> };
  link?: string;
};
type RssFeed = { 'podcast:guid'?: string; 'podcast:locked'?: { _: string; $?: { owner?: string } } | string };

/** rss-parser with the podcast and Podlove fields kept. */
export const rssParser = new Parser<RssFeed, RssItem>({
  customFields: {
    feed: ['podcast:guid', 'podcast:locked', 'itunes:block'] as never[],
    item: ['podcast:chapters', 'podcast:transcript', 'psc:chapters', 'link'] as never[],
  },
});

/** What feedparser reads from a feed: channel meta and the items, each with its raw namespaced elements. */
export interface FeedparserResult {
  meta: FeedParser.Meta & Record<string, unknown>;
  items: Array<FeedParser.Item & Record<string, unknown>>;
}

/** Parse a feed document with feedparser (strict mode: malformed XML is an error). */
export function parseWithFeedparser(xml: string): Promise<FeedparserResult> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, addmeta: false });
    const items: FeedparserResult['items'] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read() as FeedParser.Item | null)) items.push(item as FeedparserResult['items'][number]);
    });
    parser.on('end', () => resolve({ meta: parser.meta as FeedparserResult['meta'], items }));
    Readable.from([xml]).pipe(parser);
  });
}

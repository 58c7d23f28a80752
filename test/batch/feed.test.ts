// Feed recognition and parsing: RSS 2.0, RSS 1.0, Atom; newest items first; relative links resolved.
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, newestItems, parseFeed } from '../../src/batch/feed.js';

const rss = `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Town news</title>
<item><title><![CDATA[Old & new]]></title><link>/news/old</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Newest</title><link>https://example.org/news/newest</link><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Middle</title><guid isPermaLink="true">https://example.org/news/middle</guid><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>No link</title><guid isPermaLink="false">12345</guid><pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>First</title><link rel="self" href="https://example.org/self/1"/><link rel="alternate" href="https://example.org/a/1"/><updated>2026-11-20T10:00:00Z</updated></entry>
<entry><title>Second</title><link href="b/2"/><updated>2026-11-21T10:00:00Z</updated></entry>
</feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>R</title></channel><item><title>One</title><link>https://example.org/r/1</link></item></rdf:RDF>`;

describe('feeds', () => {
  it('recognises feeds by their root element, not HTML pages', () => {
    expect(looksLikeFeed(rss)).toBe(true);
    expect(looksLikeFeed(atom)).toBe(true);
    expect(looksLikeFeed(`\uFEFF${rdf}`)).toBe(true);
    expect(looksLikeFeed('<!doctype html><html><body><p>rss feed</p></body></html>')).toBe(false);
    expect(looksLikeFeed('<rssx></rssx>')).toBe(false);
  });

  it('parses RSS items with absolute links, dates and entity-decoded titles', () => {
    const items = parseFeed(rss, 'https://example.org/feed.xml');
    expect(items.map((i) => i.url)).toEqual([
      'https://example.org/news/old',
      'https://example.org/news/newest',
      'https://example.org/news/middle',
      '',
    ]);
    expect(items[0]!.title).toBe('Old & new');
    expect(items[1]!.date).toBe(Date.parse('2026-11-25T08:00:00Z'));
  });

  it('takes the newest items by date', () => {
    const items = newestItems(parseFeed(rss, 'https://example.org/feed.xml'), 2);
    expect(items.map((i) => i.title)).toEqual(['Newest', 'Middle']);
  });

  it('keeps feed order when some item has no date', () => {
    const items = newestItems(parseFeed(rdf, 'https://example.org/'), 5);
    expect(items.map((i) => i.url)).toEqual(['https://example.org/r/1']);
  });

  it('parses Atom entries, preferring the alternate link', () => {
    const items = newestItems(parseFeed(atom, 'https://example.org/feeds/atom.xml'), 10);
    expect(items.map((i) => i.url)).toEqual(['https://example.org/feeds/b/2', 'https://example.org/a/1']);
  });

  it('rejects a document that is not a feed', () => {
    expect(() => parseFeed('<html><body/></html>', 'https://example.org/x')).toThrow(/not an RSS or Atom feed/);
  });

  it('a feed with zero items parses to none', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'https://example.org/')).toEqual([]);
  });
});

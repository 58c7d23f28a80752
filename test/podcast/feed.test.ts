// The feed as directories and players read it: two independent parsers, Apple's description rules, podcast:guid,
// Podlove chapters, item links, and links free of tracking parameters.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../src/util/clean-url.js';
import { podcastConfigSchema } from '../../src/podcast/config.js';
import { DESCRIPTION_MAX_BYTES, itemDescription } from '../../src/podcast/description.js';
import { episodeNotes } from '../../src/podcast/episode-notes.js';
import { sourcesComment } from '../../src/plan/article-links.js';
import { buildFeed } from '../../src/podcast/feed.js';
import { podcastGuid, withChannelGuid } from '../../src/podcast/feed-guid.js';
import type { EpisodeRecord, RecordsFile } from '../../src/podcast/records.js';
import { timingsFile } from '../../src/plan/timings-file.js';
import { parseWithFeedparser, rssParser } from './feed-parsers.js';
import { ferryPlan } from './helpers.js';

function record(over: Partial<EpisodeRecord> = {}): EpisodeRecord {
  return {
    id: 'ferry',
    guid: 'guid-ferry',
    pubDate: '2026-11-24T06:00:00.000Z',
    updated: '2026-11-24T06:01:00.000Z',
    sources: ['https://news.example.org/ferry'],
    title: 'Night ferry returns',
    language: 'en',
    buildKey: 'k',
    format: 'm4a',
    files: { audio: 'ferry.m4a', chapters: 'ferry.chapters.json', transcript: 'ferry.vtt', notes: 'ferry.html' },
    bytes: 1000,
    durationSeconds: 200,
    summary: 'The night ferry runs again from Monday.',
    articles: [{ title: 'Night ferry returns', url: 'https://news.example.org/ferry?id=7', byline: 'Ann Lee', date: '2026-11-24' }],
    chapters: [
      { title: 'Intro', start: 0, end: 8.5 },
      { title: 'Islanders <glad> & ready', start: 8.5, end: 200, url: 'https://news.example.org/ferry?id=7' },
    ],
    quoted: [{ name: 'Dana Whitlock', quotes: 2 }],
    ...over,
  };
}

/** Every element name in an HTML fragment, read back by a DOM parser. */
function tagsOf(html: string): Set<string> {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return new Set([...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
}

function digest(n: number): EpisodeRecord {
  const articles = Array.from({ length: n }, (_, i) => ({
    title: `Story number ${i + 1} about the harbour wall, the ferry timetable and the council's long budget meeting`,
    url: `https://news.example.org/story/${i + 1}?utm_source=x`.replace('?utm_source=x', ''),
    byline: 'Reporter Name',
    date: null,
  }));
  const chapters = articles.map((a, i) => ({ title: a.title, start: i * 60, end: i * 60 + 60, url: a.url }));
  const files = { audio: 'digest.m4a', chapters: 'digest.chapters.json', transcript: 'digest.vtt', notes: 'digest.html' };
  return record({ id: 'digest', guid: 'guid-digest', files, title: 'Briefing for Tuesday, November 24', articles, chapters, summary: `${n} stories: …` });
}

describe('feed read by two independent parsers', () => {
  const config = podcastConfigSchema.parse({ title: 'Harbour briefings', owner: { name: 'Desk', email: 'desk@example.org' } });
  const guid = podcastGuid('https://pods.example.org/harbour/feed.xml');
  const xml = buildFeed({ config, episodes: [record(), digest(3)], baseUrl: 'https://pods.example.org/harbour/', public: false, image: 'cover.png', guid });

  it('rss-parser: channel guid, lock with owner, item links, Podcasting 2.0 and Podlove chapters', async () => {
    const feed = await rssParser.parseString(xml);
    expect(feed['podcast:guid']).toBe(guid);
    expect(feed['podcast:locked']).toBe('yes');
    expect(feed.link).toBe('https://pods.example.org/harbour/');
    const ferry = feed.items.find((i) => i.guid === 'guid-ferry')!;
    expect(ferry.link).toBe('https://news.example.org/ferry?id=7');
    expect(ferry['psc:chapters']!['psc:chapter'].map((c) => c.$)).toEqual([
      { start: '00:00:00.000', title: 'Intro' },
      { start: '00:00:08.500', title: 'Islanders <glad> & ready', href: 'https://news.example.org/ferry?id=7' },
    ]);
    // A digest links to its own page, which has every story.
    const many = feed.items.find((i) => i.guid === 'guid-digest')!;
    expect(many.link).toBe('https://pods.example.org/harbour/digest.html');
    expect(xml).toContain('<atom:link href="https://pods.example.org/harbour/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('feedparser (strict XML): the same guid, lock, enclosure, links and chapters', async () => {
    const { meta, items } = await parseWithFeedparser(xml);
    expect(meta['podcast:guid']).toMatchObject({ '#': guid });
    expect(meta['podcast:locked']).toMatchObject({ '@': { owner: 'desk@example.org' }, '#': 'yes' });
    expect(meta.xmlUrl).toBe('https://pods.example.org/harbour/feed.xml');
    const ferry = items.find((i) => i.guid === 'guid-ferry')!;
    expect(ferry.enclosures).toEqual([{ url: 'https://pods.example.org/harbour/ferry.m4a', type: 'audio/x-m4a', length: '1000' }]);
    expect(ferry.link).toBe('https://news.example.org/ferry?id=7');
    const psc = ferry['psc:chapters'] as { 'psc:chapter': Array<{ '@': { start: string; title: string } }> };
    expect(psc['psc:chapter'].map((c) => c['@'].title)).toEqual(['Intro', 'Islanders <glad> & ready']);
    expect((ferry['podcast:chapters'] as { '@': { type: string } })['@'].type).toBe('application/json+chapters');
  });

  it('without a base URL has no self link and relative URLs (serve makes them absolute)', async () => {
    const relative = buildFeed({ config, episodes: [record()], public: false, image: 'cover.png' });
    expect(relative).not.toContain('atom:link');
    const feed = await rssParser.parseString(relative);
    expect(feed.items[0]!.enclosure!.url).toBe('ferry.m4a');
    const open = buildFeed({ config, episodes: [record()], baseUrl: 'https://pods.example.org/', public: true, image: 'cover.png', guid });
    expect(open).not.toContain('podcast:locked');
    expect(open).not.toContain('itunes:block');
    expect(open).toContain(`<podcast:guid>${guid}</podcast:guid>`);
  });
});

describe("Apple's description rules", () => {
  const page = 'https://pods.example.org/harbour/ferry.html';

  it('uses only p, ol, ul, li and a, does not repeat the headline, and links the full page', () => {
    const html = itemDescription(record(), page);
    expect([...tagsOf(html)].sort()).toEqual(['a', 'li', 'ol', 'p', 'ul']);
    expect(html).not.toContain('Night ferry returns');
    expect(html).toContain('<li><a href="https://news.example.org/ferry?id=7">news.example.org</a>, Ann Lee</li>');
    expect(html).toContain(`<a href="${page}">`);
    expect(html).toContain('<li>0:08 Islanders &lt;glad&gt; &amp; ready</li>');
    expect(html).toContain('Dana Whitlock');
  });

  it('summarises a digest of many articles within 4,000 bytes, the rest on the page', () => {
    for (const n of [3, 12, 40, 200]) {
      const html = itemDescription(digest(n), page);
      expect(Buffer.byteLength(html), `${n} articles`).toBeLessThanOrEqual(DESCRIPTION_MAX_BYTES);
      expect([...tagsOf(html)].every((t) => ['p', 'ol', 'ul', 'li', 'a'].includes(t))).toBe(true);
      expect(html).toContain(`<a href="${page}">`);
      expect(html).toContain('Story number 1 ');
    }
    expect(itemDescription(digest(3), page)).toContain('<ol>'); // small enough for its chapters
    const huge = itemDescription(digest(200), page);
    expect(huge).not.toContain('<ol>');
    expect(huge).toMatch(/\d+ more on <a href="[^"]+">the episode page<\/a>/);
  });

  it('keeps multi-byte text within the byte limit', () => {
    const wide = digest(60);
    wide.articles = wide.articles!.map((a) => ({ ...a, title: `${'新闻'.repeat(90)} ${a.title}` }));
    expect(Buffer.byteLength(itemDescription(wide, page))).toBeLessThanOrEqual(DESCRIPTION_MAX_BYTES);
  });
});

describe('podcast:guid', () => {
  it('is the UUIDv5 of the feed URL without scheme or trailing slash (the namespace example)', () => {
    expect(podcastGuid('https://podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('is set once and kept when the feed moves', () => {
    const empty: RecordsFile = { version: 1, settings: {}, episodes: [] };
    expect(withChannelGuid(empty, undefined)).toBe(empty);
    const first = withChannelGuid(empty, 'https://old.example.org/pod');
    expect(first.settings.guid).toBe(podcastGuid('https://old.example.org/pod/feed.xml'));
    expect(withChannelGuid(first, 'https://new.example.org/').settings.guid).toBe(first.settings.guid);
  });
});

describe('links and paths', () => {
  it('drops tracking parameters and keeps the rest exactly', () => {
    expect(cleanUrl('https://news.example.org/a?utm_source=nl&utm_medium=email&id=7&fbclid=XyZ&q=a%20b+c&gclid=1&mc_eid=9&mc_cid=2')).toBe('https://news.example.org/a?id=7&q=a%20b+c');
    expect(cleanUrl('https://news.example.org/a?msclkid=1&igshid=2&_ga=3&yclid=4#frag')).toBe('https://news.example.org/a#frag');
    expect(cleanUrl('https://news.example.org/a?ref=home&page=2')).toBe('https://news.example.org/a?ref=home&page=2');
    expect(cleanUrl('/home/ann/article.txt')).toBeNull();
    expect(cleanUrl('file:///etc/passwd')).toBeNull();
  });

  it('puts no local path and no tracking parameter into the record, chapters or embedded comment', () => {
    const plan = ferryPlan({ url: 'https://news.example.org/ferry?id=7&utm_campaign=winter&fbclid=abc' });
    plan.articles.push({ title: 'Library opens late', source: '/home/ann/notes/library.txt', url: null, byline: null, date: null });
    plan.chapters.push({ title: 'Library', article: 1, segments: [{ ...plan.chapters[0]!.segments[1]!, text: 'The library opens late.' }] });
    const rate = 16000;
    let t = 0;
    const units = plan.chapters.flatMap((c) => c.segments.map(() => ({ start: (t += rate), end: (t += rate) })));
    const chapters = plan.chapters.map((c, i) => ({ title: c.title, start: i * rate * 4, end: (i + 1) * rate * 4 }));
    const notes = episodeNotes({ plan, timings: timingsFile(plan, { sampleRate: rate, totalSamples: t, chapters, units }), briefingChapters: [] });
    const everything = JSON.stringify(notes) + sourcesComment(plan);
    expect(everything).not.toMatch(/\/home\/ann|utm_|fbclid/);
    expect(notes.articles).toEqual([
      { title: 'Night ferry returns', url: 'https://news.example.org/ferry?id=7', byline: 'Ann Lee', date: '2026-11-24' },
      { title: 'Library opens late', url: null, byline: null, date: null },
    ]);
    expect(sourcesComment(plan)).toBe('https://news.example.org/ferry?id=7\nLibrary opens late');
    expect(notes.summary).toMatch(/^2 stories: Night ferry returns; Library opens late\.$/);
  });
});

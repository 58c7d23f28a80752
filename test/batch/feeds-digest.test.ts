// Feeds served over real HTTP (the newest --limit items become episodes; an empty feed fails alone),
// and --digest making one episode of several articles.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../helpers/probe.js';
import { audioFiles, batch, engineAvailable, logLines, workspace, type Workspace } from './helpers.js';
import { closeServer, listenLocal } from '../helpers/http.js';

const available = engineAvailable();
let server: http.Server;
let base: string;
const requested: string[] = [];

const stories: Record<string, { title: string; body: string; date: string }> = {
  ferry: { title: 'Ferry timetable changes', body: 'The island ferry will leave at seven from Monday. The last boat returns at nine.', date: 'Mon, 23 Nov 2026 07:00:00 GMT' },
  market: { title: 'Farmers market moves indoors', body: 'The Saturday market moves into the old mill for the winter. Stalls open at eight.', date: 'Wed, 25 Nov 2026 07:00:00 GMT' },
  pool: { title: 'Swimming pool reopens', body: 'The public pool reopened after new heating was fitted. Lessons start next week.', date: 'Tue, 24 Nov 2026 07:00:00 GMT' },
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    const slug = /^\/news\/(\w+)$/.exec(req.url ?? '')?.[1];
    if (req.url === '/feed.xml') {
      const items = Object.entries(stories)
        .map(([s, st]) => `<item><title>${st.title}</title><link>${base}/news/${s}</link><pubDate>${st.date}</pubDate></item>`)
        .join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town</title>${items}</channel></rss>`);
    } else if (req.url === '/empty.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet day</title></channel></rss>');
    } else if (slug && stories[slug]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>${stories[slug].title}</title></head><body><article><h1>${stories[slug].title}</h1><p>${stories[slug].body}</p></article></body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = await listenLocal(server);
});

afterAll(() => closeServer(server));

describe.skipIf(!available)('batch: feeds and digests', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await workspace();
  });

  it('makes the newest --limit items of an RSS feed, and reports a feed with zero items', async () => {
    const result = await batch(ws, [`${base}/feed.xml`, `${base}/empty.xml`, '--limit', '2']);
    expect(result.code).toBe(4);
    const log = logLines(result);
    expect(log.filter((l) => l.status === 'built').map((l) => l.source).sort()).toEqual([`${base}/news/market`, `${base}/news/pool`]);
    expect(log.filter((l) => l.status === 'failed').map((l) => l.error)).toEqual([`${base}/empty.xml: the feed has no items`]);
    expect(requested).not.toContain('/news/ferry');
    const feed = await readFile(path.join(ws.out, 'feed.xml'), 'utf8');
    expect(feed).toContain('Farmers market moves indoors');
    expect(feed).toContain('Swimming pool reopens');
    expect(feed).not.toContain('Ferry timetable');
  });

  it('--digest makes one episode with every article', async () => {
    const digestWs = await workspace();
    const result = await batch(digestWs, ['articles', `${base}/news/ferry`, '--digest', '--title', 'Morning digest']);
    expect(result.code).toBe(0);
    const log = logLines(result);
    expect(log).toHaveLength(1);
    expect(log[0]!.status).toBe('built');
    expect(log[0]!.sources).toHaveLength(4);
    const files = [...(await audioFiles(digestWs.out)).keys()];
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/morning-digest/);
    const info = await probe(path.join(digestWs.out, files[0]!));
    const titles = info.chapters.map((c) => c.title).join(' | ');
    for (const headline of ['Library extends weekend hours', 'Old bridge closes for repairs', 'Pupils plant a school garden', 'Ferry timetable changes']) {
      expect(titles).toContain(headline);
    }
    const again = await batch(digestWs, ['articles', `${base}/news/ferry`, '--digest', '--title', 'Morning digest']);
    expect(logLines(again).map((l) => l.status)).toEqual(['unchanged']);
  });
});

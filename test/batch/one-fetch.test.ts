// Each article URL is fetched once in a batch (the probe's body makes the episode), and a response with
// no Content-Length that never ends is cut off with the page-size error while the other articles finish.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { batch, endlessBody, engineAvailable, logLines, workspace } from './helpers.js';
import { closeServer, listenLocal } from '../helpers/http.js';

const available = engineAvailable();
let server: http.Server;
let base: string;
const hits = new Map<string, number>();

const stories: Record<string, { title: string; body: string }> = {
  tram: { title: 'Tram line extended north', body: 'The tram will reach the hospital from spring. Two new stops open.' },
  choir: { title: 'Town choir wins prize', body: 'The choir won first prize in the regional contest. They sing again on Sunday.' },
  harbour: { title: 'Harbour wall repaired', body: 'Workers finished the harbour wall a week early. Boats may moor again.' },
  bakery: { title: 'Old bakery reopens', body: 'The bakery on Mill Street reopened under new owners. Bread is sold from six.' },
};

function page(slug: string): string {
  const s = stories[slug]!;
  return `<!doctype html><html><head><title>${s.title}</title><link rel="canonical" href="${base}/canonical/${slug}"></head><body><article><h1>${s.title}</h1><p>${s.body}</p></article></body></html>`;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const slug = /^\/news\/(\w+)$/.exec(url)?.[1];
    if (url === '/feed.xml') {
      const items = ['harbour', 'bakery'].map((s) => `<item><title>${stories[s]!.title}</title><link>${base}/news/${s}</link></item>`).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town</title>${items}</channel></rss>`);
    } else if (url === '/moved/choir') {
      res.writeHead(301, { location: '/news/choir' });
      res.end();
    } else if (slug && stories[slug]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(slug));
    } else if (url === '/endless.html') {
      endlessBody(res, { 'content-type': 'text/html' }, '<!doctype html><html><body><p>');
    } else if (url === '/endless') {
      endlessBody(res, {}, '<!doctype html><html><body><p>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = await listenLocal(server);
});

afterAll(() => closeServer(server));
beforeEach(() => hits.clear());

describe.skipIf(!available)('batch: one GET per article URL', () => {
  it('fetches each page, redirect and feed item once; the episode keeps the URL as given and the canonical link', async () => {
    const ws = await workspace();
    const result = await batch(ws, [`${base}/news/tram`, `${base}/moved/choir`, `${base}/feed.xml`]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const log = logLines(result);
    expect(log.map((l) => [l.source, l.status]).sort()).toEqual([
      [`${base}/moved/choir`, 'built'],
      [`${base}/news/bakery`, 'built'],
      [`${base}/news/harbour`, 'built'],
      [`${base}/news/tram`, 'built'],
    ]);
    expect(Object.fromEntries(hits)).toEqual({
      '/news/tram': 1,
      '/moved/choir': 1,
      '/news/choir': 1,
      '/feed.xml': 1,
      '/news/harbour': 1,
      '/news/bakery': 1,
    });
    // The page's canonical link (not the redirect target) reaches the feed; the source stays as given.
    const feed = await readFile(path.join(ws.out, 'feed.xml'), 'utf8');
    expect(feed).toContain(`${base}/canonical/choir`);
    expect(feed).toContain('Town choir wins prize');
  });

  it('a digest fetches each URL once too', async () => {
    const ws = await workspace();
    const result = await batch(ws, [`${base}/news/tram`, `${base}/news/choir`, 'articles/library-hours.txt', '--digest', '--title', 'Tram digest']);
    expect(result.code).toBe(0);
    expect(logLines(result).map((l) => [l.status, l.sources?.length])).toEqual([['built', 3]]);
    expect(Object.fromEntries(hits)).toEqual({ '/news/tram': 1, '/news/choir': 1 });
  });

  it('an endless body without Content-Length is cut off with the size error; the other articles finish (exit 4)', async () => {
    const ws = await workspace();
    const started = performance.now();
    const result = await batch(ws, [`${base}/endless.html`, `${base}/endless`, `${base}/news/tram`, 'articles/library-hours.txt']);
    expect(result.code).toBe(4);
    // Cut off by the size cap, long before the 30 s timeout.
    expect(performance.now() - started).toBeLessThan(25_000);
    const log = logLines(result);
    const by = Object.fromEntries(log.map((l) => [l.source, l]));
    expect(by[`${base}/endless.html`]!.status).toBe('failed');
    expect(by[`${base}/endless.html`]!.error).toBe(`${base}/endless.html: the page is larger than 5 MiB`);
    expect(by[`${base}/endless`]!.status).toBe('failed');
    // No Content-Type: it might be a feed, so the feed cap applies.
    expect(by[`${base}/endless`]!.error).toBe(`${base}/endless: the page is larger than 20 MiB`);
    expect(by[`${base}/news/tram`]!.status).toBe('built');
    expect(by['articles/library-hours.txt']!.status).toBe('built');
    expect(hits.get('/endless.html')).toBe(1);
    expect(hits.get('/endless')).toBe(1);
    expect(hits.get('/news/tram')).toBe(1);
  });
});

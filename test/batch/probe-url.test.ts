// probeUrl reads a page once and hands its body on: the article parsed from it equals a fresh fetch's,
// make's checks give the same errors, and an endless body is cut off by the size cap.
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeUrl } from '../../src/batch/probe-url.js';
import { UserError } from '../../src/errors.js';
import { loadSource } from '../../src/ingest/index.js';
import { endlessBody } from './helpers.js';
import { closeServer, listenLocal } from '../helpers/http.js';

let server: http.Server;
let base: string;
const hits = new Map<string, number>();

const latin1 = Buffer.from(
  '<html><head><title>Caf\xe9 owners meet the mayor</title><link rel="canonical" href="https://news.example.org/cafe"></head><body><article><h1>Caf\xe9 owners meet the mayor</h1>' +
    '<p>The owners of the caf\xe9s on the square met the mayor on Monday to talk about the new terrace rules and fees.</p>' +
    '<p>They said the rules were na\xefve and would cost them customers in the summer months ahead.</p></article></body></html>',
  'latin1',
);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === '/cafe') return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(latin1);
    if (url === '/old-cafe') return void res.writeHead(302, { location: '/cafe' }).end();
    if (url === '/data') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
    if (url === '/endless.html') return endlessBody(res, { 'content-type': 'text/html' });
    if (url === '/endless.xml') return endlessBody(res, { 'content-type': 'application/xml' });
    if (url === '/declared') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }).end();
    res.writeHead(404).end();
  });
  base = await listenLocal(server);
});

afterAll(() => closeServer(server));
beforeEach(() => hits.clear());

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('probeUrl', () => {
  it('keeps the body of a redirected page: the article equals a fresh fetch, with one GET', async () => {
    const kind = await probeUrl(`${base}/old-cafe`);
    expect(kind.kind).toBe('page');
    if (kind.kind !== 'page') return;
    expect(kind.page.url).toBe(`${base}/cafe`);
    expect(kind.page.contentType).toBe('text/html; charset=iso-8859-1');
    const fromProbe = await loadSource(`${base}/old-cafe`, { fetch: { prefetched: kind.page } });
    expect(Object.fromEntries(hits)).toEqual({ '/old-cafe': 1, '/cafe': 1 });
    const fresh = await loadSource(`${base}/old-cafe`);
    expect(fromProbe).toEqual(fresh);
    expect(fromProbe.source).toBe(`${base}/old-cafe`);
    expect(fromProbe.url).toBe('https://news.example.org/cafe');
    expect(fromProbe.title).toBe('Café owners meet the mayor');
  });

  it('a body that is neither a feed nor HTML fails in make with the error of a fresh fetch', async () => {
    const kind = await probeUrl(`${base}/data`);
    if (kind.kind !== 'page') throw new Error('expected a page');
    const fromProbe = await userError(loadSource(`${base}/data`, { fetch: { prefetched: kind.page } }));
    const fresh = await userError(loadSource(`${base}/data`));
    expect(fromProbe.message).toBe(`${base}/data: not a web page (application/json)`);
    expect(fromProbe.message).toBe(fresh.message);
    expect(fromProbe.hint).toBe(fresh.hint);
  });

  it('cuts off an endless body without Content-Length at the page cap (HTML) or the feed cap (other types)', async () => {
    const html = await userError(probeUrl(`${base}/endless.html`));
    expect(html.message).toBe(`${base}/endless.html: the page is larger than 5 MiB`);
    expect(html.message).toBe((await userError(loadSource(`${base}/endless.html`))).message);
    expect((await userError(probeUrl(`${base}/endless.xml`))).message).toBe(`${base}/endless.xml: the page is larger than 20 MiB`);
    expect(hits.get('/endless.html')).toBe(2);
    expect(hits.get('/endless.xml')).toBe(1);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    expect((await userError(probeUrl(`${base}/declared`))).message).toBe(`${base}/declared: the page is larger than 5 MiB`);
  });

  it('a prefetched page over the size cap given to make is refused like a fresh one', async () => {
    const page = { html: `<p>${'x'.repeat(2000)}</p>`, url: `${base}/big`, contentType: 'text/html' };
    expect((await userError(loadSource(`${base}/big`, { fetch: { prefetched: page, maxBytes: 1000 } }))).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/big: the page is larger than/);
    expect(hits.size).toBe(0);
  });
});

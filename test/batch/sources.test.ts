// Source expansion: folders, list files (blank, comment and bad lines), article and feed URLs.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isListFile, parseList } from '../../src/batch/list-file.js';
import { expandSources } from '../../src/batch/sources.js';
import { closeServer, listenLocal } from '../helpers/http.js';

let dir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-sources-'));
  await mkdir(path.join(dir, 'folder', 'nested'), { recursive: true });
  await mkdir(path.join(dir, 'folder', '.hidden'), { recursive: true });
  await mkdir(path.join(dir, 'folder', 'out'), { recursive: true });
  await mkdir(path.join(dir, 'empty-folder'));
  await writeFile(path.join(dir, 'folder', 'b.md'), '# B\n\nText of b.\n');
  await writeFile(path.join(dir, 'folder', 'a.txt'), 'A\n\nText of a.\n');
  await writeFile(path.join(dir, 'folder', 'nested', 'c.html'), '<h1>C</h1><p>Text of c.</p>');
  await writeFile(path.join(dir, 'folder', 'notes.pdf'), '%PDF');
  await writeFile(path.join(dir, 'folder', '.hidden', 'd.txt'), 'D\n\nhidden.\n');
  await writeFile(path.join(dir, 'folder', 'out', 'e.html'), '<p>show notes</p>');
  await writeFile(path.join(dir, 'story.txt'), 'A headline here\n\nA sentence with spaces.\n');
  server = http.createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>T</title>
        <item><title>1</title><link>/a/1</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
        <item><title>3</title><link>/a/3</link><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate></item>
        <item><title>2</title><link>/a/2</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate></item>
      </channel></rss>`);
    } else if (req.url === '/empty.xml') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing</title></feed>');
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><p>An article.</p></body></html>');
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  base = await listenLocal(server);
});

afterAll(() => closeServer(server));

describe('list files', () => {
  it('skips blank lines and comments', () => {
    expect(parseList('\n# all my sources\n  a.txt  \n\nhttps://x.org/1 # trailing note\n\r\n#https://off\n')).toEqual([
      { line: 3, value: 'a.txt' },
      { line: 5, value: 'https://x.org/1' },
    ]);
  });
  it('tells a list from an article', () => {
    expect(isListFile('s.list', 'anything at all')).toBe(true);
    expect(isListFile('s.txt', '# sources\nhttps://x.org/1\n./a.txt\n')).toBe(true);
    expect(isListFile('s.txt', 'Headline of a story\n\nThe council met on Monday.\n')).toBe(false);
    expect(isListFile('s.md', 'https://x.org/1\n')).toBe(false);
    expect(isListFile('s.txt', '\n# only comments\n')).toBe(false);
  });
});

describe('expandSources', () => {
  it('walks folders for .txt, .md and .html, skipping dot folders and the output folder', async () => {
    const folder = path.join(dir, 'folder');
    const { sources, failures } = await expandSources([folder], { limit: 10, exclude: [path.join(folder, 'out')] });
    expect(sources.map((s) => path.relative(folder, s.source))).toEqual(['a.txt', 'b.md', path.join('nested', 'c.html')]);
    expect(failures).toEqual([]);
  });

  it('reports an empty folder', async () => {
    const { sources, failures } = await expandSources([path.join(dir, 'empty-folder')], { limit: 10 });
    expect(sources).toEqual([]);
    expect(failures[0]!.error).toMatch(/no \.txt, \.md or \.html files/);
  });

  it('expands a list file relative to itself and reports each bad line with its number', async () => {
    const list = path.join(dir, 'sources.list');
    await writeFile(list, ['# morning sources', '', 'story.txt', 'missing.txt', 'ftp://example.org/x', 'folder/b.md', '   ', 'story.txt'].join('\n'));
    const { sources, failures } = await expandSources([list], { limit: 10 });
    expect(sources.map((s) => s.source)).toEqual([path.join(dir, 'story.txt'), path.join(dir, 'folder', 'b.md')]);
    expect(sources[0]!.from).toBe(`${list} line 3`);
    expect(failures.map((f) => f.source)).toEqual([`${list} line 4`, `${list} line 5`]);
    expect(failures[0]!.error).toMatch(/"missing.txt" is neither a URL nor an existing file/);
    expect(failures[1]!.error).toMatch(/not an http\(s\) URL/);
  });

  it('keeps an article .txt as an article', async () => {
    const { sources } = await expandSources([path.join(dir, 'story.txt')], { limit: 10 });
    expect(sources).toEqual([{ source: path.join(dir, 'story.txt') }]);
  });

  it('expands a feed URL into its newest --limit items and keeps a page URL as an article', async () => {
    const { sources, failures } = await expandSources([`${base}/feed.xml`, `${base}/page`], { limit: 2 });
    expect(sources.map((s) => s.source)).toEqual([`${base}/a/3`, `${base}/a/2`, `${base}/page`]);
    expect(failures).toEqual([]);
  });

  it('reports a feed with zero items, an HTTP error and a dead port, and goes on', async () => {
    const dead = http.createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const { sources, failures } = await expandSources(
      [`${base}/empty.xml`, `${base}/gone`, `http://127.0.0.1:${port}/x`, path.join(dir, 'story.txt')],
      { limit: 5 },
    );
    expect(sources.map((s) => s.source)).toEqual([path.join(dir, 'story.txt')]);
    expect(failures.map((f) => f.error)).toEqual([
      `${base}/empty.xml: the feed has no items`,
      `${base}/gone: HTTP 404 Not Found`,
      `http://127.0.0.1:${port}/x: cannot fetch (ECONNREFUSED)`,
    ]);
  });
});

// Sources (file, stdin, http) and bad input: a clean Article or one clear UserError.
import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { withParagraphs } from '../../src/text/paragraphs.js';
import { loadSource } from '../../src/ingest/index.js';
import { buildPlan } from '../../src/plan/build.js';
import { readFileSync } from 'node:fs';
import { closeServer, listenLocal } from '../helpers/http.js';

const fixtures = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const page = readFileSync(path.join(fixtures, 'broadcaster.html'));
const latin1Page = Buffer.from(
  '<html><head><title>Caf\xe9 t\xeate-\xe0-t\xeate</title></head><body><article><h1>Caf\xe9 owners meet the mayor</h1><p>' +
    'The owners of the caf\xe9s on the square met the mayor on Monday to talk about the new terrace rules and the fees. '.repeat(3) +
    '</p><p>They said the rules were na\xefve and would cost them customers in the summer months ahead.</p></article></body></html>',
  'latin1',
);

let server: Server;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (url === '/moved') return void res.writeHead(301, { location: '/article' }).end();
    if (url === '/latin1') return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(latin1Page);
    if (url === '/pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write(`<html><body><p>${'word '.repeat(50_000)}</p>`);
      return void res.end('</body></html>');
    }
    if (url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 3000);
    if (url === '/empty') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav><a href="/">Home</a></nav><script>app()</script></body></html>');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  base = await listenLocal(server);
});

afterAll(() => closeServer(server));

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, content);
  return p;
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('URLs', () => {
  it('extracts a served page with its subheads, byline, date, language and canonical URL', async () => {
    const article = await loadSource(`${base}/article`);
    expect(article.title).toBe('Island ferry fares to be cut by a third');
    expect(article.url).toBe('https://news.example.org/articles/ferry-fares');
    expect(article.language).toBe('en-GB');
    expect(article.byline).toBe('Callum Reid');
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Why the change', 'Who pays']);
    // The subheads become the chapters of the plan.
    const plan = buildPlan([article], { language: 'en', narrator: 'flite:slt', rate: null });
    expect(plan.chapters.map((c) => c.title)).toEqual(['Island ferry fares to be cut', 'Why the change', 'Who pays']);
  });
  it('follows redirects', async () => {
    expect((await loadSource(`${base}/moved`)).title).toBe('Island ferry fares to be cut by a third');
  });
  it('honours the charset', async () => {
    const article = await loadSource(`${base}/latin1`);
    expect(article.title).toBe('Café owners meet the mayor');
    expect(article.blocks.map((b) => b.text).join(' ')).toContain('naïve');
  });
  it('refuses a 404 clearly', async () => {
    expect((await userError(loadSource(`${base}/missing`))).message).toMatch(/404/);
  });
  it('refuses a page that is not HTML', async () => {
    expect((await userError(loadSource(`${base}/pdf`))).message).toMatch(/not a web page \(application\/pdf\)/);
  });
  it('refuses a page over the size cap', async () => {
    expect((await userError(loadSource(`${base}/huge`, { fetch: { maxBytes: 100_000 } }))).message).toMatch(/larger than/);
  });
  it('times out', async () => {
    expect((await userError(loadSource(`${base}/slow`, { fetch: { timeoutMs: 300 } }))).message).toMatch(/no answer within/);
  });
  it('refuses a page with no article text', async () => {
    expect((await userError(loadSource(`${base}/empty`))).message).toMatch(/no article text/);
  });
  it('refuses a server that is not there', async () => {
    expect((await userError(loadSource('http://127.0.0.1:9/x', { fetch: { timeoutMs: 2000 } }))).message).toBe('http://127.0.0.1:9/x: could not fetch the page (bad port)');
  });
  it('refuses other schemes', async () => {
    expect((await userError(loadSource('ftp://example.com/a.txt'))).message).toMatch(/only http and https/);
  });
});

describe('stdin', () => {
  it('reads plain text from "-"', async () => {
    const stdin = Readable.from([Buffer.from('A headline from a pipe\n\nThe first paragraph came through standard input.\n')]);
    const article = await loadSource('-', { stdin });
    expect(article.title).toBe('A headline from a pipe');
    expect(article.source).toBe('stdin');
    expect(article.blocks).toHaveLength(1);
  });
  it('reads HTML from "-"', async () => {
    const article = await loadSource('-', { stdin: Readable.from([page]) });
    expect(article.title).toBe('Island ferry fares to be cut by a third');
  });
});

describe('bad input', () => {
  it('empty or whitespace-only file', async () => {
    expect((await userError(loadSource(await file('empty.txt', ' \n\n \t')))).message).toMatch(/no article text/);
  });
  it('binary file', async () => {
    expect((await userError(loadSource(await file('bin.txt', Buffer.from([0x89, 0x50, 0, 1, 2, 0]))))).message).toMatch(/binary/);
  });
  it('missing path', async () => {
    expect((await userError(loadSource(path.join(dir, 'nope.txt')))).message).toMatch(/no such file/);
  });
  it('a directory', async () => {
    const d = path.join(dir, 'folder.txt');
    await mkdir(d);
    expect((await userError(loadSource(d))).message).toMatch(/is a directory/);
  });
  it('unsupported extension', async () => {
    expect((await userError(loadSource(await file('a.pdf', 'x')))).message).toMatch(/unsupported file type ".pdf"/);
  });
  it('one word', async () => {
    expect((await userError(loadSource(await file('one.txt', 'Hello')))).message).toMatch(/single word/);
  });
  it('text in a script the English voices cannot read', async () => {
    const err = await userError(loadSource(await file('ru.txt', 'Переговоры начались\n\nДелегации встретились на границе в понедельник.')));
    expect(err.message).toMatch(/Cyrillic/);
    expect(err.hint).toMatch(/--lang/);
  });
  it('accepts another script when the briefing language is not English', async () => {
    const article = await loadSource(await file('ru2.txt', 'Переговоры начались\n\nДелегации встретились на границе.'), { language: 'ru' });
    expect(article.blocks).toHaveLength(1);
  });
  it('text with no paragraph breaks becomes paragraphs of whole sentences', async () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} tells a little more of the story.`);
    const article = withParagraphs(await loadSource(await file('flat.txt', sentences.join(' '))));
    expect(article.blocks.length).toBeGreaterThan(3);
    expect(article.blocks.map((b) => b.text).join(' ')).toBe(sentences.join(' '));
  });
  it('a file without a headline is titled from its name', async () => {
    const article = await loadSource(await file('city-buses.txt', 'The buses will run all night from May.\n\nFares stay the same.'));
    expect(article.title).toBe('City buses');
    expect(article.blocks).toHaveLength(2);
  });
  it('Windows-1252 text files are decoded', async () => {
    const article = await loadSource(await file('cp.txt', Buffer.from('Caf\xe9 news\n\nThe caf\xe9 reopened on Monday after repairs.', 'latin1')));
    expect(article.title).toBe('Café news');
  });
});

// The folder's web pages in real headless Chromium, served by briefcast's server: chapters jump the player, the current
// cue follows playback, copy and QR work, nothing is fetched from elsewhere, no console errors; screenshots at 390 px and desktop.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import serveStatic from 'serve-static';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBriefing } from '../../src/briefing/plan-briefing.js';
import { publishBriefing } from '../../src/briefing/publish-briefing.js';
import { startServer, type RunningServer } from '../../src/podcast/server.js';
import type { EpisodeRecord } from '../../src/podcast/records.js';
import { chromiumOrSkip, openSession, type Session } from './browser.js';
import { espeakOrSkip, tempDir } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLES = [
  { file: 'examples/night-trains.txt', url: 'https://news.example.org/night-trains?utm_source=rss&ref=home' },
  { file: 'examples/harbor-sea-wall.txt', url: 'https://news.example.org/harbour-wall?fbclid=x1' },
];

let ready = true;
let dir: string;
let server: RunningServer;
let origin: string;
let episodes: EpisodeRecord[];
let shots: string;
let session: Session | undefined;

/** Cues of a WebVTT file, read with a parser of the test's own. */
function parseVtt(text: string): Array<{ start: number; end: number; text: string }> {
  const seconds = (t: string) => t.split(':').reduce((n, p) => n * 60 + Number(p), 0);
  return text
    .split(/\n\n+/)
    .map((block) => /(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n([\s\S]*)/.exec(block))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ start: seconds(m[1]!), end: seconds(m[2]!), text: m[3]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim() }));
}

beforeAll(async () => {
  await chromiumOrSkip(() => (ready = false));
  await espeakOrSkip(() => (ready = false));
  if (!ready) return;
  dir = await tempDir('web');
  const cache = await tempDir('web-cache');
  await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: 'Harbour Town Briefing', description: 'Local news from the harbour, read aloud every morning.', author: 'The Harbour Desk', language: 'en' }));
  for (const article of ARTICLES) {
    const { plan } = await planBriefing({ sources: [path.join(ROOT, article.file)], engine: 'espeak-ng' });
    plan.articles[0]!.url = article.url;
    await publishBriefing(plan, { dir, cacheDir: cache, jobs: 2, intro: true });
  }
  episodes = (JSON.parse(await readFile(path.join(dir, '.briefcast', 'episodes.json'), 'utf8')) as { episodes: EpisodeRecord[] }).episodes;
  server = await startServer({ dir, port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${server.port}`;
  shots = process.env.BRIEFCAST_SCREENSHOTS ?? (await mkdtemp(path.join(os.tmpdir(), 'bc-web-shots-')));
  await mkdir(shots, { recursive: true });
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.sequential('web pages in Chromium', () => {
  it('index: title, cover, subscribe URL with a working copy button and a QR code, episodes newest first', async (ctx) => {
    if (!ready) ctx.skip();
    session = await openSession([origin]);
    const { page } = session;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}/`);
    expect(await page.title()).toBe('Harbour Town Briefing');
    expect(await page.locator('h1').textContent()).toBe('Harbour Town Briefing');
    expect(await page.locator('img.cover').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1400);
    expect(await page.inputValue('#feed-url')).toBe(`${origin}/feed.xml`);
    expect(await page.locator('svg.qr-code').count()).toBe(1);
    await page.click('button[data-copy]');
    await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/feed.xml`);
    const titles = await page.locator('.episode-card h3').allTextContents();
    expect(titles).toEqual([...episodes].sort((a, b) => b.pubDate.localeCompare(a.pubDate)).map((e) => e.title));
    const meta = await page.locator('.episode-card .meta').first().textContent();
    expect(meta).toMatch(/\d{4} · \d+ min · \d+ chapters/);
    await page.screenshot({ path: path.join(shots, 'index-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shots, 'index-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('episode: a chapter click (or Enter) jumps the player to its start and marks it', async (ctx) => {
    if (!ready) ctx.skip();
    const { page } = session!;
    const episode = episodes.find((e) => e.title.startsWith('Harbour') || e.files.audio.includes('harbo')) ?? episodes[0]!;
    await page.goto(`${origin}/`);
    await page.click(`.episode-card a[href="${episode.files.notes}"]`);
    await page.waitForURL(`${origin}/${episode.files.notes}`);
    const chapters = (JSON.parse(await readFile(path.join(dir, episode.files.chapters), 'utf8')) as { chapters: Array<{ startTime: number; title: string }> }).chapters;
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('a.chapter').allTextContents()).toHaveLength(chapters.length);
    await page.locator('audio#player').evaluate((a: HTMLAudioElement) => (a.readyState >= 1 ? null : new Promise((r) => a.addEventListener('loadedmetadata', r, { once: true }))));
    await page.click('a.chapter[data-index="2"]');
    expect(await page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime)).toBeCloseTo(chapters[2]!.startTime, 3);
    expect(await page.getAttribute('a.chapter[data-index="2"]', 'aria-current')).toBe('true');
    expect(page.url()).toBe(`${origin}/${episode.files.notes}`);
    await page.focus('a.chapter[data-index="1"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime)).toBeCloseTo(chapters[1]!.startTime, 3);
    expect(await page.locator('a.chapter.current').count()).toBe(1);
    // A cue is clickable too.
    const cue = page.locator('a.cue').nth(5);
    const cueStart = Number(await cue.getAttribute('data-start'));
    await cue.click();
    expect(await page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime)).toBeCloseTo(cueStart, 3);
    expect(await cue.getAttribute('aria-current')).toBe('true');
  });

  it('episode: playing (muted) highlights the cue being spoken and keeps it in view', async (ctx) => {
    if (!ready) ctx.skip();
    const { page } = session!;
    const file = page.url().slice(origin.length + 1);
    const episode = episodes.find((e) => e.files.notes === file)!;
    const cues = parseVtt(await readFile(path.join(dir, episode.files.transcript), 'utf8'));
    const target = cues[12]!;
    await page.evaluate(async (start) => {
      const audio = document.getElementById('player') as HTMLAudioElement;
      audio.muted = true;
      audio.currentTime = start;
      await audio.play();
    }, target.start - 0.3);
    await page.waitForFunction((t) => (document.getElementById('player') as HTMLAudioElement).currentTime > t, target.start + 0.6, { timeout: 20_000 });
    const state = await page.evaluate(async () => {
      const audio = document.getElementById('player') as HTMLAudioElement;
      audio.pause();
      await new Promise((r) => setTimeout(r, 200));
      const current = document.querySelector<HTMLElement>('a.cue.current')!;
      return { t: audio.currentTime, text: current.textContent, start: Number(current.dataset.start), count: document.querySelectorAll('a.cue.current').length };
    });
    // Scrolled into view of the transcript box (smooth scrolling may take a moment).
    const inView = () =>
      page.evaluate(() => {
        const box = document.getElementById('transcript')!.getBoundingClientRect();
        const rect = document.querySelector('a.cue.current')!.getBoundingClientRect();
        return rect.top >= box.top && rect.bottom <= box.bottom;
      });
    await expect.poll(inView, { timeout: 3000 }).toBe(true);
    const spoken = cues.filter((c) => c.start <= state.t + 0.001).at(-1)!;
    expect(state.count).toBe(1);
    expect(state.text).toBe(spoken.text);
    expect(state.start).toBeCloseTo(spoken.start, 2);
    const chapters = episode.chapters!;
    const chapterNow = chapters.filter((c) => c.start <= state.t).length - 1;
    expect(await page.getAttribute(`a.chapter[data-index="${chapterNow}"]`, 'aria-current')).toBe('true');
  });

  it('is accessible in structure, requests nothing from elsewhere, logs no error, and fits a 390 px phone', async (ctx) => {
    if (!ready) ctx.skip();
    const { page } = session!;
    const structure = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      viewport: document.querySelector('meta[name=viewport]')?.getAttribute('content'),
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    }));
    expect(structure.lang).toBe('en');
    expect(structure.viewport).toContain('width=device-width');
    expect(structure.headings[0]).toBe(1);
    expect(structure.headings.filter((h) => h === 1)).toHaveLength(1);
    structure.headings.forEach((h, i) => i && expect(h - structure.headings[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1));
    expect(structure.inlineScripts).toBe(0);
    // As a listener sees it mid-episode: the current chapter and cue marked, the cue scrolled into view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'episode-desktop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shots, 'episode-390.png') });
    await page.screenshot({ path: path.join(shots, 'episode-390-full.png'), fullPage: true });
    // Down at the transcript: the player stays on top, the current cue is marked.
    await page.evaluate(() => document.getElementById('transcript-heading')!.scrollIntoView());
    await page.evaluate(() => document.querySelector('a.cue.current')!.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(shots, 'episode-390-transcript.png') });
    expect(session!.external).toEqual([]);
    expect(session!.errors).toEqual([]);
    console.info(`screenshots in ${shots}`);
  });

  it('works from a plain static host too (serve-static, as express serves files): script, relative feed URL, chapter jumps', async (ctx) => {
    if (!ready) ctx.skip();
    const files = serveStatic(dir, { dotfiles: 'deny' });
    const host = http.createServer((req, res) => files(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
    try {
      const staticOrigin = `http://127.0.0.1:${(host.address() as net.AddressInfo).port}`;
      const plain = await openSession([staticOrigin]);
      try {
        await plain.page.goto(`${staticOrigin}/index.html`);
        expect(await plain.page.inputValue('#feed-url')).toBe(`${staticOrigin}/feed.xml`);
        const episode = episodes[0]!;
        await plain.page.goto(`${staticOrigin}/${episode.files.notes}`);
        await plain.page.locator('audio#player').evaluate((a: HTMLAudioElement) => (a.readyState >= 1 ? null : new Promise((r) => a.addEventListener('loadedmetadata', r, { once: true }))));
        await plain.page.click('a.chapter[data-index="1"]');
        expect(await plain.page.getAttribute('a.chapter[data-index="1"]', 'aria-current')).toBe('true');
        expect(plain.page.url()).toBe(`${staticOrigin}/${episode.files.notes}`);
        expect(plain.external).toEqual([]);
        expect(plain.errors).toEqual([]);
      } finally {
        await plain.close();
      }
    } finally {
      await new Promise((r) => host.close(r));
    }
  });
});

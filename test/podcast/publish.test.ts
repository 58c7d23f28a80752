// End to end: publish episodes into a podcast folder (real espeak-ng and ffmpeg), then read them over real HTTP.
import { execFile } from 'node:child_process';
import { readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { publishBriefing, type PublishOptions } from '../../src/briefing/publish-briefing.js';
import type { ProgressEvent } from '../../src/briefing/progress.js';
import { loadPlanFile } from '../../src/plan/load.js';
import { podcastGuid } from '../../src/podcast/feed-guid.js';
import { startServer, type RunningServer } from '../../src/podcast/server.js';
import { parseWithFeedparser } from './feed-parsers.js';
import { ebur128, engineOrSkip, espeakOrSkip, ferryPlan, probeAudio, probeChapters, rawRequest, snapshot, tempDir, writePlan } from './helpers.js';

const exec = promisify(execFile);
type Item = Parser.Item & { 'podcast:chapters'?: { $: { url: string; type: string } }; 'podcast:transcript'?: { $: { url: string; type: string } } };
const parser = new Parser<object, Item>({ customFields: { item: ['podcast:chapters', 'podcast:transcript'] as never[] } });

let work: string;
let cache: string;
const servers: RunningServer[] = [];
let available = true;

beforeAll(async () => {
  await espeakOrSkip(() => (available = false));
  work = await tempDir('work');
  cache = await tempDir('cache');
});
afterAll(async () => {
  for (const server of servers) await server.close();
});

/** Publish a plan (checked as `make --plan` checks it) into `folder`. */
const make = async (plan: ReturnType<typeof ferryPlan>, extra: Partial<PublishOptions>, folder: string) =>
  publishBriefing(await loadPlanFile(await writePlan(work, `plan-${Math.random().toString(36).slice(2)}.json`, plan)), { dir: folder, cacheDir: cache, jobs: 2, ...extra });

/** A folder of its own holding the ferry episode (with intro): every test starts from its own state. */
async function publishedFolder(name: string) {
  const dir = await tempDir(name);
  const result = await make(ferryPlan(), { intro: true }, dir);
  return { dir, result };
}

async function serve(dir: string): Promise<RunningServer> {
  const server = await startServer({ dir, port: 0, host: '127.0.0.1' });
  servers.push(server);
  return server;
}

describe('podcast folder', () => {
  it('publishes an episode that a feed parser reads over HTTP, with chapters, transcript and ranges', async (ctx) => {
    if (!available) ctx.skip();
    const { dir, result } = await publishedFolder('folder');
    expect(result.status).toBe('built');
    const episode = result.record;
    expect(episode.files.audio).toMatch(/^\d{4}-\d{2}-\d{2}-night-ferry-returns\.m4a$/);
    const audioFile = path.join(dir, episode.files.audio);
    expect(result.audio).toBe(audioFile);

    const server = await serve(dir);
    const base = `http://127.0.0.1:${server.port}/`;
    const feed = await parser.parseURL(`${base}feed.xml`);
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0]!;
    expect(item.guid).toBe(episode.guid);
    expect(item.title).toBe('Night ferry returns');
    expect(item.enclosure).toEqual({ url: `${base}${episode.files.audio}`, length: String((await stat(audioFile)).size), type: 'audio/x-m4a' });
    expect(item.content).toContain('Dana Whitlock');
    expect(item.content).toContain('href="https://news.example.org/ferry?id=7&amp;lang=en"');

    // Chapters JSON against the chapters ffprobe reads from the audio itself.
    const chaptersUrl = item['podcast:chapters']!.$.url;
    expect(item['podcast:chapters']!.$.type).toBe('application/json+chapters');
    const chapters = (await (await fetch(chaptersUrl)).json()) as { version: string; chapters: Array<{ startTime: number; title: string; url?: string }> };
    const probed = await probeChapters(audioFile);
    expect(chapters.version).toBe('1.2.0');
    expect(chapters.chapters.map((c) => c.title)).toEqual(['Intro', 'Night ferry returns', 'Islanders <glad> & ready']);
    expect(probed.map((c) => c.title)).toEqual(chapters.chapters.map((c) => c.title));
    chapters.chapters.forEach((c, i) => expect(Math.abs(c.startTime - probed[i]!.start)).toBeLessThan(0.05));
    expect(chapters.chapters.map((c) => c.url ?? null)).toEqual([null, 'https://news.example.org/ferry?id=7&lang=en', 'https://news.example.org/ferry?id=7&lang=en']);

    const transcriptRes = await fetch(item['podcast:transcript']!.$.url);
    expect(transcriptRes.headers.get('content-type')).toMatch(/^text\/vtt/);
    const vtt = await transcriptRes.text();
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    expect(vtt).toContain('<v Dana Whitlock>"We waited two winters,"</v>');
    expect(vtt).toMatch(/Your briefing for \w+day, \w+ \d+: Night ferry returns\./);

    // Byte ranges, validators, HEAD.
    const bytes = await readFile(audioFile);
    const part = await rawRequest(server.port, `/${episode.files.audio}`, { headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${bytes.length}`);
    expect(part.headers['content-type']).toBe('audio/mp4');
    expect(part.body.equals(bytes.subarray(100, 200))).toBe(true);
    const tail = await rawRequest(server.port, `/${episode.files.audio}`, { headers: { Range: 'bytes=-10' } });
    expect(tail.body.equals(bytes.subarray(-10))).toBe(true);
    const bad = await rawRequest(server.port, `/${episode.files.audio}`, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(bad.status).toBe(416);
    expect(bad.headers['content-range']).toBe(`bytes */${bytes.length}`);
    const full = await rawRequest(server.port, `/${episode.files.audio}`);
    expect(full.status).toBe(200);
    expect(full.body.equals(bytes)).toBe(true);
    const cached = await rawRequest(server.port, `/${episode.files.audio}`, { headers: { 'If-None-Match': String(full.headers.etag) } });
    expect(cached.status).toBe(304);
    const since = await rawRequest(server.port, `/${episode.files.audio}`, { headers: { 'If-Modified-Since': String(full.headers['last-modified']) } });
    expect(since.status).toBe(304);
    const head = await rawRequest(server.port, `/${episode.files.audio}`, { method: 'HEAD' });
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, String(bytes.length), 0]);
    expect((await rawRequest(server.port, '/feed.xml', { method: 'POST' })).status).toBe(405);

    // The feed follows the address it is reached at.
    const viaHost = await rawRequest(server.port, '/feed.xml', { headers: { Host: 'phone-lan.local:8080' } });
    expect(viaHost.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(viaHost.body.toString()).toContain(`url="http://phone-lan.local:8080/${episode.files.audio}"`);
    const feedAgain = await rawRequest(server.port, '/feed.xml', { headers: { 'If-None-Match': String(viaHost.headers.etag), Host: 'phone-lan.local:8080' } });
    expect(feedAgain.status).toBe(304);
  });

  it('writes the web pages and assets, linking only files that exist; nothing names a local path or carries a tracker', async (ctx) => {
    if (!available) ctx.skip();
    const folder = await tempDir('clean');
    const events: ProgressEvent[] = [];
    const plan = ferryPlan({ url: 'https://news.example.org/ferry?id=7&utm_source=newsletter&fbclid=IwAR0&lang=en' });
    const local = path.join(work, 'library-notes.txt');
    plan.articles.push({ title: 'Library opens late', source: local, url: null, byline: null, date: null });
    plan.chapters.push({ title: 'Library hours', article: 1, segments: [{ ...plan.chapters[0]!.segments[1]!, text: 'The library opens late on Thursdays.', spoken: 'The library opens late on Thursdays.' }] });
    const result = await make(plan, { onProgress: (e) => events.push(e) }, folder);
    const again = await make(plan, { onProgress: (e) => events.push(e) }, folder);
    expect(again.status).toBe('unchanged');
    // Once per publish, through the library's callback, with the fix.
    const warnings = events.filter((e) => e.stage === 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ message: expect.stringMatching(/relative URLs/), hint: expect.stringMatching(/--base-url/) });

    const names = (await readdir(folder, { recursive: true })).map(String).filter((n) => !n.startsWith('.briefcast'));
    const episode = result.record;
    expect(names).toEqual(expect.arrayContaining(['index.html', episode.files.notes, 'assets/briefcast.css', 'assets/briefcast.js', 'cover.png', 'feed.xml']));
    const forbidden = [folder, work, cache, os.tmpdir(), os.homedir(), 'utm_', 'fbclid'].filter((f) => f !== '/');
    for (const name of names) {
      const file = path.join(folder, name);
      if (!(await stat(file)).isFile()) continue;
      const bytes = await readFile(file);
      for (const f of forbidden) expect(bytes.includes(Buffer.from(f)), `${name} contains ${f}`).toBe(false);
    }
    const { stdout } = await exec('ffprobe', ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', result.audio]);
    const tags = (JSON.parse(stdout) as { format: { tags: Record<string, string> } }).format.tags;
    expect(tags).toMatchObject({ artist: 'Briefcast', album: 'Briefcast', title: 'Night ferry returns' });
    expect(tags.comment).toBe('https://news.example.org/ferry?id=7&lang=en\nLibrary opens late');

    // Every link of the pages leads to a file of the folder, an article, or a moment of the episode.
    for (const page of ['index.html', episode.files.notes]) {
      const html = await readFile(path.join(folder, page), 'utf8');
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle=|\son[a-z]+=/i);
      for (const [, link] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        const target = link!.replace(/&amp;/g, '&');
        if (/^https:\/\/news\.example\.org\//.test(target) || /^#t=[\d.]+$/.test(target)) continue;
        const file = decodeURIComponent(target.replace(/#t=[\d.]+$/, ''));
        expect((await stat(path.join(folder, file))).isFile(), `${page} links ${target}`).toBe(true);
      }
    }
    const page = await readFile(path.join(folder, episode.files.notes), 'utf8');
    expect(page).toContain('<h2 id="transcript-heading">Transcript</h2>');
    expect(page.match(/class="cue/g)).toHaveLength(6);
    expect(page).toContain('data-speaker="Dana Whitlock"');
    expect(page).toContain('<a href="https://news.example.org/ferry?id=7&amp;lang=en" rel="noopener noreferrer">Night ferry returns</a>');
  });

  it('serves nothing outside the folder, no dotfiles and no state', async (ctx) => {
    if (!available) ctx.skip();
    const { dir } = await publishedFolder('serve');
    const server = await serve(dir);
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`);
    await writeFile(outside, 'secret');
    await symlink(outside, path.join(dir, 'link.txt'));
    await writeFile(path.join(dir, '.hidden.txt'), 'hidden');
    await writeFile(path.join(dir, 'ok.txt'), 'fine');
    const name = path.basename(outside);
    expect((await rawRequest(server.port, '/ok.txt')).status).toBe(200);
    for (const target of [`/../${name}`, `/%2e%2e/${name}`, `/%2E%2E%2F${name}`, '/link.txt', '/.hidden.txt', '/.briefcast/episodes.json', '/.briefcast/lock', `//${outside}`, `/${outside}`, '/podcast.json', '/nope.m4a']) {
      const res = await rawRequest(server.port, target);
      expect(res.status, target).toBe(404);
      expect(res.body.toString()).not.toContain('secret');
    }
  });

  it('has the loudness Apple asks for: -16 LUFS ±1, true peak ≤ -1 dBTP', async (ctx) => {
    if (!available) ctx.skip();
    const { result } = await publishedFolder('loudness');
    const { integrated, truePeak } = await ebur128(result.audio);
    expect(Math.abs(integrated + 16), `integrated ${integrated} LUFS`).toBeLessThanOrEqual(1);
    expect(truePeak, `true peak ${truePeak} dBTP`).toBeLessThanOrEqual(-1);
  });

  it('keeps that loudness when voices of two engines mix (espeak-ng narrator, flite quotes)', async (ctx) => {
    if (!available) ctx.skip();
    await engineOrSkip('flite', ctx.skip);
    const plan = ferryPlan({ url: 'https://news.example.org/mixed' });
    for (const chapter of plan.chapters) for (const s of chapter.segments) if (s.kind === 'quote') s.voice = 'flite:slt';
    plan.cast = [{ speaker: 'Dana Whitlock', voice: 'flite:slt', quotes: 1 }];
    const result = await make(plan, { format: 'mp3' }, await tempDir('mixed'));
    const { integrated, truePeak } = await ebur128(result.audio);
    expect(Math.abs(integrated + 16), `integrated ${integrated} LUFS`).toBeLessThanOrEqual(1);
    expect(truePeak, `true peak ${truePeak} dBTP`).toBeLessThanOrEqual(-1);
  });

  it('leaves every file untouched when nothing changed, and regenerates a hand-edited feed', async (ctx) => {
    if (!available) ctx.skip();
    const { dir } = await publishedFolder('unchanged');
    const before = await snapshot(dir);
    const again = await make(ferryPlan(), { intro: true }, dir);
    expect(again.status).toBe('unchanged');
    expect(await snapshot(dir)).toEqual(before);
    expect(again.timings.units).toHaveLength(6);

    await writeFile(path.join(dir, 'feed.xml'), '<rss><channel><title>hacked</title></channel>');
    const third = await make(ferryPlan(), { intro: true }, dir);
    expect(third.status).toBe('unchanged');
    const feed = await parser.parseString(await readFile(path.join(dir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Briefcast');
    expect(feed.items).toHaveLength(1);
    const after = await snapshot(dir);
    expect(after[third.record!.files.audio]).toBe(before[third.record!.files.audio]);
  });

  it('rebuilds a changed episode under a new file name with the same guid and removes the old files', async (ctx) => {
    if (!available) ctx.skip();
    const { dir, result } = await publishedFolder('rebuilt');
    const first = result.record;
    const rebuilt = await make(ferryPlan({ extra: 'Tickets now cost a little less.' }), { intro: true }, dir);
    expect(rebuilt.status).toBe('built');
    expect(rebuilt.record!.guid).toBe(first.guid);
    expect(rebuilt.record!.pubDate).toBe(first.pubDate);
    expect(rebuilt.record!.files.audio).not.toBe(first.files.audio);
    for (const old of Object.values(first.files)) await expect(stat(path.join(dir, old))).rejects.toThrow();
    await expect(stat(path.join(dir, '.briefcast/timings', first.files.audio!.replace(/\.m4a$/, '.json')))).rejects.toThrow();
    await stat(path.join(dir, '.briefcast/timings', rebuilt.record!.files.audio.replace(/\.m4a$/, '.json')));
    const feed = await parser.parseString(await readFile(path.join(dir, 'feed.xml'), 'utf8'));
    expect(feed.items.map((i) => [i.guid, i.enclosure?.url])).toEqual([[first.guid, rebuilt.record!.files.audio]]);
  });

  it('refuses a broken podcast.json and changes nothing', async (ctx) => {
    if (!available) ctx.skip();
    const { dir } = await publishedFolder('broken-config');
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: '', explicit: 'sometimes' }));
    const before = await snapshot(dir);
    const error = await make(ferryPlan({ extra: 'A third version.' }), {}, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/podcast\.json is invalid: title: .*; explicit: /);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses cover art of the wrong size before any work', async (ctx) => {
    if (!available) ctx.skip();
    const cover = path.join(work, 'wide.png');
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=blue:s=1400x1000', '-frames:v', '1', cover]);
    const { dir } = await publishedFolder('wide-cover');
    const before = await snapshot(dir);
    await expect(make(ferryPlan({ extra: 'Cover test.' }), { cover }, dir)).rejects.toThrow(/1400×1000 pixels/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('adds valid episode artwork to the item, and refuses a folder whose feed.xml is not briefcast\'s', async (ctx) => {
    if (!available) ctx.skip();
    const folder = await tempDir('art');
    const cover = path.join(work, 'square.jpg');
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=green:s=1500x1500', '-frames:v', '1', cover]);
    const result = await make(ferryPlan(), { cover }, folder);
    expect(result.record.files.image).toMatch(/\.cover\.jpg$/);
    expect(await readFile(path.join(folder, 'feed.xml'), 'utf8')).toContain(`<itunes:image href="${result.record.files.image}"/>`);
    const foreign = await tempDir('foreign');
    await writeFile(path.join(foreign, 'feed.xml'), '<rss/>');
    await expect(make(ferryPlan(), {}, foreign)).rejects.toThrow(/has a feed.xml that briefcast did not make/);
  });

  it('--keep 1 with --format mp3 keeps only the newest episode, files and item together', async (ctx) => {
    if (!available) ctx.skip();
    const { dir, result: first } = await publishedFolder('keep');
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: 'Harbour briefings', author: 'Desk & Co', owner: { email: 'desk@example.org' } }));
    const old = first.record;
    const plan = ferryPlan({ url: 'https://news.example.org/library', title: 'Library opens late' });
    const result = await make(plan, { format: 'mp3', keep: 1, baseUrl: 'https://cdn.example.net/briefings' }, dir);
    expect(result.status).toBe('built');
    expect(result.record.files.audio).toMatch(/library-opens-late\.mp3$/);
    expect((await probeAudio(result.audio)).codec).toBe('mp3');
    for (const name of Object.values(old.files)) await expect(stat(path.join(dir, name))).rejects.toThrow();
    const feed = await parser.parseString(await readFile(path.join(dir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Harbour briefings');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.enclosure).toMatchObject({ url: `https://cdn.example.net/briefings/${result.record.files.audio}`, type: 'audio/mpeg' });

    // With a base URL every URL of the feed is absolute, the channel has its guid, the audio the podcast's tags.
    const xml = await readFile(path.join(dir, 'feed.xml'), 'utf8');
    for (const [, url] of xml.matchAll(/(?:url|href)="([^"]*)"/g)) expect(url).toMatch(/^https:\/\//);
    for (const [, link] of xml.matchAll(/<link>([^<]*)<\/link>/g)) expect(link).toMatch(/^https:\/\//);
    const { meta } = await parseWithFeedparser(xml);
    expect(meta['podcast:guid']).toMatchObject({ '#': podcastGuid('https://cdn.example.net/briefings/feed.xml') });
    expect(meta['podcast:locked']).toMatchObject({ '@': { owner: 'desk@example.org' }, '#': 'yes' });
    const { stdout } = await exec('ffprobe', ['-v', 'error', '-show_entries', 'format_tags', '-of', 'json', result.audio]);
    expect((JSON.parse(stdout) as { format: { tags: Record<string, string> } }).format.tags).toMatchObject({ artist: 'Desk & Co', album: 'Harbour briefings' });
    const index = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(index).toContain('value="https://cdn.example.net/briefings/feed.xml"');
    expect(index).toContain('<svg class="qr-code"');
  });

  it('records concurrent publishes into one folder from one process', async (ctx) => {
    if (!available) ctx.skip();
    const folder = await tempDir('concurrent');
    const results = await Promise.all([
      make(ferryPlan({ url: 'https://a.example/1', title: 'Same title' }), {}, folder),
      make(ferryPlan({ url: 'https://a.example/2', title: 'Same title' }), {}, folder),
    ]);
    const names = results.map((r) => r.record.files.audio);
    expect(new Set(names).size).toBe(2);
    const feed = await parser.parseString(await readFile(path.join(folder, 'feed.xml'), 'utf8'));
    expect(feed.items.map((i) => i.enclosure?.url).sort()).toEqual([...names].sort());
  });

  it('replaces audio left by a run killed before it recorded the episode', async (ctx) => {
    if (!available) ctx.skip();
    const folder = await tempDir('orphan');
    const day = new Date();
    const name = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}-night-ferry-returns.m4a`;
    await writeFile(path.join(folder, name), 'half a run');
    const result = await make(ferryPlan(), {}, folder);
    expect(result.record.files.audio).toBe(name);
    expect((await probeAudio(result.audio)).codec).toBe('aac');
  });

  it('plays a chime between chapters without shifting the transcript off the speech', async (ctx) => {
    if (!available) ctx.skip();
    const folder = await tempDir('chime');
    const chime = path.join(work, 'chime.wav');
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=880:duration=0.4', chime]);
    const result = await make(ferryPlan(), { chime }, folder);
    const [c0, c1] = result.timings.chapters;
    const firstOfChapter2 = result.timings.units[2]!;
    // The chime sits between the chapter start and its first sentence.
    expect((firstOfChapter2.start - c1!.start) / result.timings.sampleRate).toBeGreaterThan(0.4);
    expect(c0!.end).toBe(c1!.start);
    const vtt = await readFile(path.join(folder, result.record.files.transcript), 'utf8');
    expect(vtt.match(/-->/g)).toHaveLength(5);
  });
});

// End to end: publish episodes into a podcast folder (real espeak-ng and ffmpeg), then read them over real HTTP.
import { execFile } from 'node:child_process';
import { readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { publishBriefing, type PublishOptions } from '../../src/briefing/publish-briefing.js';
import { loadPlanFile } from '../../src/plan/load.js';
import { startServer, type RunningServer } from '../../src/podcast/server.js';
import { ebur128, engineOrSkip, espeakOrSkip, ferryPlan, probeAudio, probeChapters, rawRequest, snapshot, tempDir, writePlan } from './helpers.js';

const exec = promisify(execFile);
type Item = Parser.Item & { 'podcast:chapters'?: { $: { url: string; type: string } }; 'podcast:transcript'?: { $: { url: string; type: string } } };
const parser = new Parser<object, Item>({ customFields: { item: ['podcast:chapters', 'podcast:transcript'] as never[] } });

let dir: string;
let work: string;
let cache: string;
let server: RunningServer | undefined;
let available = true;

beforeAll(async () => {
  await espeakOrSkip(() => (available = false));
  dir = await tempDir('folder');
  work = await tempDir('work');
  cache = await tempDir('cache');
});
afterAll(async () => {
  await server?.close();
});

/** Publish a plan (checked as `make --plan` checks it) into `folder`. */
const make = async (plan: ReturnType<typeof ferryPlan>, extra: Partial<PublishOptions> = {}, folder = dir) =>
  publishBriefing(await loadPlanFile(await writePlan(work, `plan-${Math.random().toString(36).slice(2)}.json`, plan)), { dir: folder, cacheDir: cache, jobs: 2, ...extra });

describe.sequential('podcast folder', () => {
  it('publishes an episode that a feed parser reads over HTTP, with chapters, transcript and ranges', async (ctx) => {
    if (!available) ctx.skip();
    const result = await make(ferryPlan(), { intro: true });
    expect(result.status).toBe('built');
    const episode = result.record;
    expect(episode.files.audio).toMatch(/^\d{4}-\d{2}-\d{2}-night-ferry-returns\.m4a$/);
    const audioFile = path.join(dir, episode.files.audio);
    expect(result.audio).toBe(audioFile);

    server = await startServer({ dir, port: 0, host: '127.0.0.1' });
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

  it('serves nothing outside the folder, no dotfiles and no state', async (ctx) => {
    if (!available || !server) ctx.skip();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`);
    await writeFile(outside, 'secret');
    await symlink(outside, path.join(dir, 'link.txt'));
    await writeFile(path.join(dir, '.hidden.txt'), 'hidden');
    await writeFile(path.join(dir, 'ok.txt'), 'fine');
    const name = path.basename(outside);
    expect((await rawRequest(server!.port, '/ok.txt')).status).toBe(200);
    for (const target of [`/../${name}`, `/%2e%2e/${name}`, `/%2E%2E%2F${name}`, '/link.txt', '/.hidden.txt', '/.briefcast/episodes.json', '/.briefcast/lock', `//${outside}`, `/${outside}`, '/podcast.json', '/nope.m4a']) {
      const res = await rawRequest(server!.port, target);
      expect(res.status, target).toBe(404);
      expect(res.body.toString()).not.toContain('secret');
    }
    await rm(path.join(dir, 'link.txt'));
    await rm(path.join(dir, '.hidden.txt'));
    await rm(path.join(dir, 'ok.txt'));
  });

  it('has the loudness Apple asks for: -16 LUFS ±1, true peak ≤ -1 dBTP', async (ctx) => {
    if (!available) ctx.skip();
    const records = JSON.parse(await readFile(path.join(dir, '.briefcast/episodes.json'), 'utf8')) as { episodes: Array<{ files: { audio: string } }> };
    const { integrated, truePeak } = await ebur128(path.join(dir, records.episodes[0]!.files.audio));
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
    const before = await snapshot(dir);
    const again = await make(ferryPlan(), { intro: true });
    expect(again.status).toBe('unchanged');
    expect(await snapshot(dir)).toEqual(before);
    expect(again.timings.units).toHaveLength(6);

    await writeFile(path.join(dir, 'feed.xml'), '<rss><channel><title>hacked</title></channel>');
    const third = await make(ferryPlan(), { intro: true });
    expect(third.status).toBe('unchanged');
    const feed = await parser.parseString(await readFile(path.join(dir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Briefcast');
    expect(feed.items).toHaveLength(1);
    const after = await snapshot(dir);
    expect(after[third.record!.files.audio]).toBe(before[third.record!.files.audio]);
  });

  it('rebuilds a changed episode under a new file name with the same guid and removes the old files', async (ctx) => {
    if (!available) ctx.skip();
    const first = JSON.parse(await readFile(path.join(dir, '.briefcast/episodes.json'), 'utf8')).episodes[0] as { guid: string; pubDate: string; files: Record<string, string> };
    const rebuilt = await make(ferryPlan({ extra: 'Tickets now cost a little less.' }), { intro: true });
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
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: '', explicit: 'sometimes' }));
    const before = await snapshot(dir);
    const error = await make(ferryPlan({ extra: 'A third version.' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/podcast\.json is invalid: title: .*; explicit: /);
    expect(await snapshot(dir)).toEqual(before);
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: 'Harbour briefings', author: 'Desk & Co', owner: { email: 'desk@example.org' } }));
  });

  it('refuses cover art of the wrong size before any work', async (ctx) => {
    if (!available) ctx.skip();
    const cover = path.join(work, 'wide.png');
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=blue:s=1400x1000', '-frames:v', '1', cover]);
    const before = await snapshot(dir);
    await expect(make(ferryPlan({ extra: 'Cover test.' }), { cover })).rejects.toThrow(/1400×1000 pixels/);
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
    const old = JSON.parse(await readFile(path.join(dir, '.briefcast/episodes.json'), 'utf8')).episodes[0] as { files: Record<string, string> };
    const plan = ferryPlan({ url: 'https://news.example.org/library', title: 'Library opens late' });
    const result = await make(plan, { format: 'mp3', keep: 1, baseUrl: 'https://cdn.example.net/briefings' });
    expect(result.status).toBe('built');
    expect(result.record.files.audio).toMatch(/library-opens-late\.mp3$/);
    expect((await probeAudio(result.audio)).codec).toBe('mp3');
    for (const name of Object.values(old.files)) await expect(stat(path.join(dir, name))).rejects.toThrow();
    const feed = await parser.parseString(await readFile(path.join(dir, 'feed.xml'), 'utf8'));
    expect(feed.title).toBe('Harbour briefings');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.enclosure).toMatchObject({ url: `https://cdn.example.net/briefings/${result.record.files.audio}`, type: 'audio/mpeg' });
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

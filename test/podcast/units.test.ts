// Pure parts of podcast delivery: feed, transcript, chapters JSON, ranges, paths, artwork, config, lock, intro.
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { LockedError, UserError } from '../../src/errors.js';
import { chaptersJson } from '../../src/podcast/chapters-json.js';
import { loadPodcastConfig, podcastConfigSchema } from '../../src/podcast/config.js';
import { buildFeed } from '../../src/podcast/feed.js';
import { parseRange } from '../../src/podcast/http-range.js';
import { episodeId, normalizeSource } from '../../src/podcast/identity.js';
import { checkCover, defaultCoverPng, imageInfo } from '../../src/podcast/image.js';
import { introText, withIntroOutro } from '../../src/plan/intro.js';
import { acquireFolderLock, lockPathFor } from '../../src/podcast/lock.js';
import { withKeyedMutex } from '../../src/util/keyed-mutex.js';
import type { EpisodeRecord } from '../../src/podcast/records.js';
import { safeSegments } from '../../src/podcast/static-file.js';
import { webVtt } from '../../src/podcast/transcript.js';
import { timingsFile } from '../../src/plan/timings-file.js';
import { ferryPlan, probeAudio, tempDir } from './helpers.js';

const exec = promisify(execFile);

function record(over: Partial<EpisodeRecord> = {}): EpisodeRecord {
  return {
    id: 'abc',
    guid: 'guid-1',
    pubDate: '2026-11-24T06:00:00.000Z',
    updated: '2026-11-24T06:01:00.000Z',
    sources: ['https://news.example.org/a'],
    title: 'Rates <rise> & "markets" fall',
    buildKey: 'k',
    format: 'm4a',
    files: { audio: '2026-11-24-rates.m4a', chapters: '2026-11-24-rates.chapters.json', transcript: '2026-11-24-rates.vtt', notes: '2026-11-24-rates.html' },
    bytes: 12345,
    durationSeconds: 3725.4,
    summary: 'Rates rise.',
    notes: '<p>Rates &amp; more</p>',
    ...over,
  };
}

const sampleTimings = () => {
  const plan = ferryPlan();
  const rate = 24000;
  let t = 0;
  const units = plan.chapters.flatMap((c) => c.segments.map(() => ({ start: (t += rate), end: (t += rate * 1.5) })));
  const chapters = [
    { title: plan.chapters[0]!.title, start: 0, end: units[2]!.start - 100 },
    { title: plan.chapters[1]!.title, start: units[2]!.start - 100, end: t },
  ];
  return { plan, timings: timingsFile(plan, { sampleRate: rate, totalSamples: t, chapters, units }) };
};

describe('feed', () => {
  it('is RSS an independent parser reads, with escaped text, enclosures and the private-feed block', async () => {
    const config = podcastConfigSchema.parse({ title: 'Morning & <Evening>', owner: { email: 'me@example.org' } });
    const xml = buildFeed({ config, episodes: [record(), record({ id: 'b', guid: 'guid-2', pubDate: '2026-11-25T06:00:00.000Z', format: 'mp3', files: { ...record().files, audio: 'b c.mp3' } })], baseUrl: 'https://host.example/pod', public: false, image: 'cover.png' });
    const feed = await new Parser({ customFields: { feed: ['itunes:block', 'podcast:locked'] as never[], item: ['podcast:chapters', 'podcast:transcript'] as never[] } }).parseString(xml);
    expect(feed.title).toBe('Morning & <Evening>');
    expect(feed.items.map((i) => i.guid)).toEqual(['guid-2', 'guid-1']);
    const [newest, older] = feed.items;
    expect(older!.title).toBe('Rates <rise> & "markets" fall');
    expect(older!.enclosure).toEqual({ url: 'https://host.example/pod/2026-11-24-rates.m4a', length: '12345', type: 'audio/x-m4a' });
    expect(newest!.enclosure!.url).toBe('https://host.example/pod/b%20c.mp3');
    expect(newest!.enclosure!.type).toBe('audio/mpeg');
    expect(older!.itunes?.duration).toBe('1:02:05');
    expect(older!.content).toContain('<p>Rates &amp; more</p>');
    expect(xml).toContain('<itunes:block>Yes</itunes:block>');
    expect(xml).toMatch(/<podcast:locked owner="me@example.org">yes<\/podcast:locked>/);
    expect(xml).toContain('<guid isPermaLink="false">guid-1</guid>');
    expect(xml).toContain('<podcast:chapters url="https://host.example/pod/2026-11-24-rates.chapters.json" type="application/json+chapters"/>');
    expect(feed.itunes?.image).toBe('https://host.example/pod/cover.png');
    const open = buildFeed({ config, episodes: [record()], baseUrl: 'https://host.example/pod/', public: true, image: 'cover.png' });
    expect(open).not.toContain('itunes:block');
    expect(open).not.toContain('podcast:locked');
  });

  it('drops characters XML cannot carry', () => {
    const config = podcastConfigSchema.parse({});
    const xml = buildFeed({ config, episodes: [record({ title: 'bell\u0007 here' })], public: false, image: 'cover.png' });
    expect(xml).toContain('<title>bell here</title>');
  });
});

describe('transcript and chapters JSON', () => {
  it('gives a cue per unit from the sample timings and tags quotes with the speaker', () => {
    const { timings } = sampleTimings();
    const vtt = webVtt(timings);
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nNight ferry returns\n')).toBe(true);
    expect(vtt).toContain('00:00:06.000 --> 00:00:07.500\n<v Dana Whitlock>"We waited two winters,"</v>');
    expect(vtt.match(/-->/g)).toHaveLength(5);
  });

  it('links each chapter to its article, not the intro', () => {
    const { plan, timings } = sampleTimings();
    const json = chaptersJson({ plan, timings, briefingChapters: [0] });
    expect(json.version).toBe('1.2.0');
    expect(json.chapters[0]).toEqual({ startTime: 0, endTime: 5.996, title: 'Night ferry returns' });
    expect(json.chapters[1]!.url).toBe('https://news.example.org/ferry?id=7&lang=en');
    expect(json.chapters[1]!.startTime).toBeCloseTo(timings.chapters[1]!.start / 24000, 3);
  });
});

describe('serve helpers', () => {
  it('parses byte ranges', () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: 'none' });
    expect(parseRange('bytes=0-9', 100)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'range', start: 90, end: 99 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ kind: 'range', start: 50, end: 99 });
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=9-3', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'none' });
    expect(parseRange('items=0-1', 100)).toEqual({ kind: 'none' });
  });

  it('refuses unsafe request paths', () => {
    expect(safeSegments('/a%20b.m4a?x=1')).toEqual(['a b.m4a']);
    for (const bad of ['/../etc/passwd', '/%2e%2e/x', '/a/%2E%2E/b', '/..%2fx', '//etc/passwd', '/.briefcast/episodes.json', '/.env', '/a%5c..%5cb', '/x%00', '/%zz', 'etc/passwd', '/C:/x']) {
      expect(safeSegments(bad), bad).toBeNull();
    }
  });
});

describe('artwork', () => {
  it('draws a square default cover that ffprobe reads as a 1400 px PNG', async () => {
    const dir = await tempDir('cover');
    const file = path.join(dir, 'cover.png');
    await writeFile(file, defaultCoverPng());
    const probed = await probeAudio(file);
    expect([probed.codec, probed.width, probed.height]).toEqual(['png', 1400, 1400]);
    expect(await checkCover(file)).toEqual({ type: 'png', width: 1400, height: 1400 });
  });

  it('reads JPEG sizes and rejects small, non-square and non-image files', async () => {
    const dir = await tempDir('cover');
    const jpeg = path.join(dir, 'wide.jpg');
    await exec('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=1600x1400', '-frames:v', '1', jpeg]);
    expect(await imageInfo(jpeg)).toEqual({ type: 'jpeg', width: 1600, height: 1400 });
    await expect(checkCover(jpeg)).rejects.toThrow(/1600×1400 pixels.*/);
    const small = path.join(dir, 'small.png');
    await writeFile(small, defaultCoverPng(300));
    await expect(checkCover(small)).rejects.toBeInstanceOf(UserError);
    const text = path.join(dir, 'notes.png');
    await writeFile(text, 'not an image');
    await expect(checkCover(text)).rejects.toThrow(/is not a PNG or JPEG/);
  });
});

describe('podcast.json', () => {
  it('reports broken JSON and bad fields as path: message', async () => {
    const dir = await tempDir('config');
    await writeFile(path.join(dir, 'podcast.json'), '{"title": "x",');
    await expect(loadPodcastConfig(dir)).rejects.toThrow(/podcast\.json is not valid JSON/);
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ explicit: 'no', baseUrl: 'ftp://x', owner: { email: 'nope' }, colour: 1 }));
    const error = await loadPodcastConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toMatch(/explicit: /);
    expect(message).toMatch(/baseUrl: must be an http\(s\) URL/);
    expect(message).toMatch(/owner\.email: /);
    expect(message).toMatch(/colour/);
  });

  it('reads YAML and fills defaults', async () => {
    const dir = await tempDir('config');
    await writeFile(path.join(dir, 'podcast.yaml'), 'title: Harbour news\nexplicit: true\n');
    const config = await loadPodcastConfig(dir);
    expect(config).toMatchObject({ title: 'Harbour news', explicit: true, category: 'News' });
    expect(config.public).toBeUndefined();
  });
});

describe('folder lock', () => {
  it('lets one holder in, refuses the next with exit 75, and frees on release', async () => {
    const dir = await tempDir('lock');
    const release = await acquireFolderLock(dir);
    const error = await acquireFolderLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).exitStatus).toBe(75);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    await release();
    const again = await acquireFolderLock(dir);
    await again();
  });

  it('breaks a lock left by a dead process or by a silent host, not a fresh one from another host', async () => {
    const dir = await tempDir('lock');
    const file = lockPathFor(dir);
    await mkdir(path.dirname(file), { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(file, JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), token: 't1', started: 'x' }));
    await (await acquireFolderLock(dir))();
    // Released with nothing published: no empty state folder is left behind.
    await expect(stat(path.dirname(file))).rejects.toThrow();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ pid: 1, host: 'elsewhere.invalid', token: 't2', started: 'x' }));
    await expect(acquireFolderLock(dir)).rejects.toBeInstanceOf(LockedError);
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(file, old, old);
    const release = await acquireFolderLock(dir);
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('serializes tasks per key within the process', async () => {
    const order: string[] = [];
    const slow = withKeyedMutex('k', async () => {
      order.push('a1');
      await new Promise((r) => setTimeout(r, 30));
      order.push('a2');
    });
    const fast = withKeyedMutex('k', async () => void order.push('b'));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a1', 'a2', 'b']);
  });
});

describe('identity and intro', () => {
  it('normalizes sources so the same article keeps its identity', () => {
    expect(normalizeSource('https://News.example.org/a/?utm_source=x#top')).toBe('https://news.example.org/a');
    expect(normalizeSource('notes.txt', { cwd: '/tmp/x' })).toBe('/tmp/x/notes.txt');
    expect(episodeId(['b', 'a'])).toBe(episodeId(['a', 'b']));
    expect(episodeId(['a'])).not.toBe(episodeId(['b']));
  });

  it('names the date and the headlines', () => {
    expect(introText(['Ferry returns.', 'Library opens late', 'Rain'], 'Wednesday, November 25')).toBe(
      'Your briefing for Wednesday, November 25: Ferry returns; Library opens late; and Rain.',
    );
    const { plan, briefingChapters } = withIntroOutro(ferryPlan(), { intro: true, outro: true, date: new Date(2026, 10, 25, 7) });
    expect(plan.chapters.map((c) => c.title)).toEqual(['Intro', 'Night ferry returns', 'Islanders <glad> & ready', 'Outro']);
    expect(plan.chapters[0]!.segments[0]!.text).toBe('Your briefing for Wednesday, November 25: Night ferry returns.');
    expect(briefingChapters).toEqual([0, 3]);
  });
});

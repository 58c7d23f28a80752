// End to end: real engines → assemble → read back with ffprobe/ffmpeg, per format, with the system and the bundled ffmpeg.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import NodeID3 from 'node-id3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, type AssemblyChapter, type Timings } from '../../src/audio/assemble.js';
import { ffmpegInfo } from '../../src/audio/ffmpeg.js';
import { makeFixture, TITLES, type Fixture } from './fixtures.js';
import { BUNDLED, decodedSeconds, ebur128, espeak, flite, hasCover, makeCover, needEngines, probeChapters, probeFormat, silences, tempDir } from './helpers.js';

const have = needEngines(['espeak-ng', 'flite', 'ffmpeg', 'ffprobe']);
// One codec frame in seconds at the mix rate: AAC 1024 samples, MPEG-1 layer III 1152 (MPEG-2, below 32 kHz: 576), Opus 20 ms.
const frameSeconds = (format: 'm4b' | 'mp3' | 'opus', rate: number) =>
  format === 'm4b' ? 1024 / rate : format === 'mp3' ? (rate >= 32000 ? 1152 : 576) / rate : 0.02;

describe.skipIf(!have).each([
  { toolchain: 'system', env: {} as Record<string, string> },
  { toolchain: 'bundled', env: { FFMPEG_PATH: BUNDLED.ffmpeg, FFPROBE_PATH: BUNDLED.ffprobe } },
])('assemble with the $toolchain ffmpeg', ({ toolchain, env }) => {
  let dir: string;
  let fixture: Fixture;
  let cover: string;
  const saved = { FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };

  beforeAll(async () => {
    Object.assign(process.env, env);
    dir = await tempDir(`asm-${toolchain}`);
    fixture = await makeFixture(dir);
    cover = await makeCover(path.join(dir, 'cover.jpg'));
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('uses the intended binaries', async () => {
    const info = await ffmpegInfo();
    if (toolchain === 'bundled') {
      expect(info).toMatchObject({ ffmpeg: BUNDLED.ffmpeg, source: 'env', major: 4, minor: 1 });
    } else {
      expect(info.source).toBe('system');
      expect(info.major).toBeGreaterThanOrEqual(4);
    }
  });

  for (const [format, arrival] of [
    ['m4b', 'ready'],
    ['mp3', 'ready'],
    ['opus', 'ready'],
    ['m4b', 'arriving'],
    ['mp3', 'arriving'],
    ['opus', 'arriving'],
  ] as const) {
    it(`${format}, units ${arrival}: chapters, timing, tags and loudness read back`, async () => {
      const output = path.join(dir, `briefing.${format}`);
      const seen: number[] = [];
      const timings = await assemble({
        // 'arriving': each WAV is a promise kept later, the last unit first (as from synthesis still running): the
        // encode streams units as they come, and must give the same file as when all are ready.
        chapters: arrival === 'ready' ? fixture.chapters : arriving(fixture.chapters),
        ...(arrival === 'arriving' ? { sampleRate: fixture.rate } : {}),
        output,
        metadata: { title: 'Morning – ‘Zürich’', artist: 'briefcast', album: 'Briefings', date: '2026-11-25', comment: 'source: https://example.org/a?b=1;c#d', genre: 'Podcast' },
        cover,
        onProgress: (e) => seen.push(e.seconds / e.totalSeconds),
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(Math.max(...seen)).toBeLessThanOrEqual(1);
      // No temp files left next to the output.
      expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);

      // Timings equal the sums computed from the WAV lengths, at the rate most of the audio was synthesized at.
      const RATE = fixture.rate;
      expect(timings.sampleRate).toBe(RATE);
      expect(timings.units).toEqual(fixture.units);
      checkTimingChapters(timings, fixture);
      const total = timings.totalSamples / RATE;
      expect(total).toBeGreaterThan(12);
      expect(total).toBeLessThan(30);

      const chapters = await probeChapters(output);
      expect(chapters.map((c) => c.title)).toEqual(TITLES);
      const frame = frameSeconds(format, RATE);
      const quiet = await silences(output);
      chapters.forEach((c, i) => {
        const speech = fixture.speechStart[i]! / RATE;
        // The chapter opens within the pause before its first unit (at most 300 ms ahead of the speech), within a frame.
        const lead = Math.min(fixture.pauseBefore[i]! / 2, 0.3 * RATE) / RATE;
        expect(Math.abs(c.start - (speech - lead))).toBeLessThanOrEqual(frame);
        if (i > 0) expect(quiet.some(([a, b]) => a <= c.start && c.start <= b)).toBe(true);
        if (i > 0) expect(Math.abs(chapters[i - 1]!.end - c.start)).toBeLessThanOrEqual(0.001);
      });
      const decoded = await decodedSeconds(output);
      expect(Math.abs(decoded - total)).toBeLessThanOrEqual(frame);
      expect(Math.abs(chapters.at(-1)!.end - decoded)).toBeLessThanOrEqual(frame);

      const fmt = await probeFormat(output);
      const tags = Object.fromEntries(Object.entries(fmt.tags).map(([k, v]) => [k.toLowerCase(), v]));
      expect(tags.title).toBe('Morning – ‘Zürich’');
      expect(tags.artist).toBe('briefcast');
      if (format === 'm4b') {
        expect(tags.major_brand).toBe('M4B ');
        // QuickTime chapter track reference (`chap`) and Nero chapters (`chpl`), both written by ffmpeg.
        const bytes = await readFile(output);
        expect(bytes.includes('chap')).toBe(true);
        expect(bytes.includes('chpl')).toBe(true);
      }
      if (format === 'mp3') await checkId3(output);
      if (format === 'opus') expect(fmt.name).toBe('ogg');
      // Ogg covers need ffmpeg ≥ 5 (older ones cut the base64 picture tag); MP4 and MP3 get one everywhere.
      expect(await hasCover(output)).toBe(format !== 'opus' || toolchain === 'system');

      const loud = await ebur128(output);
      expect(Math.abs(loud.integrated + 16)).toBeLessThanOrEqual(1);
      expect(loud.truePeak).toBeLessThanOrEqual(-1);
      // The quiet espeak voice and flite were very different before levelling, and are alike in the output.
      const gains = timings.loudness!.gainsDb;
      expect(gains.espeak! - gains.flite!).toBeGreaterThan(6);
      const unitRange = (u: { start: number; end: number }): [number, number] => [u.start / RATE, (u.end - u.start) / RATE];
      const espeakUnit = await ebur128(output, unitRange(fixture.units[0]!));
      const fliteUnit = await ebur128(output, unitRange(fixture.units[1]!));
      expect(Math.abs(espeakUnit.integrated - fliteUnit.integrated)).toBeLessThanOrEqual(1.5);
    });
  }

  it('streamed: a voice whose later quotes are louder than its first is levelled from all of them', async () => {
    const f = (name: string) => path.join(dir, name);
    const narration = await Promise.all(
      [
        'The council met on Tuesday to talk about the harbor wall and its cost.',
        'Residents filled the hall and many of them had questions for the engineers.',
        'The engineers said the wall would protect the lower docks and the fish market.',
        'A second public hearing is planned for the first week of next month.',
        'The vote is expected after that hearing, and work could begin in the spring.',
        'The town has applied for a state grant to cover part of the cost.',
      ].map((text, i) => flite(f(`n${i}.wav`), text)),
    );
    // One speaker, two short quotes: the second 7 dB louder than the first. Too little of the mix to move it by 0.5 LU,
    // but a voice that would sit well off the narrator if its gain came from the first quote alone.
    const quiet = await espeak(f('q1.wav'), 'We cannot wait another winter.', 45);
    const loud = await espeak(f('q2.wav'), 'We cannot afford all of it.', 100);
    const n = (i: number, pauseBeforeMs = 300) => ({ wav: narration[i]!, pauseBeforeMs, level: 'narrator' });
    const chapters: AssemblyChapter[] = [
      { title: 'One', units: [n(0, 0), { wav: quiet, pauseBeforeMs: 300, level: 'speaker' }, n(1), n(2)] },
      { title: 'Two', units: [n(3, 1200), { wav: loud, pauseBeforeMs: 300, level: 'speaker' }, n(4), n(5)] },
    ];
    const exact = await assemble({ chapters, output: f('drift-exact.mp3'), metadata: { title: 'exact' } });
    const streamed = await assemble({ chapters: arriving(chapters, 'in order'), sampleRate: exact.sampleRate, output: f('drift-streamed.mp3'), metadata: { title: 'streamed' } });
    expect(streamed.loudness!.gainsDb).toEqual(exact.loudness!.gainsDb);
    expect(Math.abs((await ebur128(f('drift-streamed.mp3'))).integrated + 16)).toBeLessThanOrEqual(1);
  });

  it('streamed: the voices\' gains do not depend on how fast the units arrive', async () => {
    const gains = [];
    for (const order of ['at once', 'in order', 'last first'] as const) {
      const timings = await assemble({ chapters: arriving(fixture.chapters, order), sampleRate: fixture.rate, output: path.join(dir, `order.mp3`), metadata: { title: order } });
      gains.push(timings.loudness!.gainsDb);
    }
    expect(gains[1]).toEqual(gains[0]);
    expect(gains[2]).toEqual(gains[0]);
  });
});

function arriving(chapters: AssemblyChapter[], order: 'last first' | 'in order' | 'at once' = 'last first'): AssemblyChapter[] {
  const count = chapters.reduce((n, c) => n + c.units.length, 0);
  let i = 0;
  return chapters.map((c) => ({
    ...c,
    units: c.units.map((u) => {
      const n = i++;
      const delay = order === 'last first' ? (count - n) * 40 : order === 'in order' ? n * 60 : 0;
      return { ...u, wav: new Promise<string>((resolve) => setTimeout(() => resolve(u.wav as string), delay)) };
    }),
  }));
}

function checkTimingChapters(timings: Timings, fixture: Fixture): void {
  const RATE = fixture.rate;
  expect(timings.chapters.map((c) => c.title)).toEqual(TITLES);
  expect(timings.chapters[0]!.start).toBe(0);
  timings.chapters.forEach((c, i) => {
    if (i === 0) return;
    expect(c.start).toBe(fixture.speechStart[i]! - Math.min(Math.floor(fixture.pauseBefore[i]! / 2), 0.3 * RATE));
    expect(timings.chapters[i - 1]!.end).toBe(c.start);
  });
  expect(timings.chapters.at(-1)!.end).toBe(timings.totalSamples);
}

// Parse the ID3v2 tag at the start of the MP3 ourselves (and with node-id3): version, CHAP order, one top-level ordered CTOC.
async function checkId3(file: string): Promise<void> {
  const buf = await readFile(file);
  expect(buf.toString('latin1', 0, 3)).toBe('ID3');
  expect(buf[3]).toBe(3);
  const size = (buf[6]! << 21) | (buf[7]! << 14) | (buf[8]! << 7) | buf[9]!;
  const frames: Array<{ id: string; body: Buffer }> = [];
  for (let at = 10; at + 10 <= 10 + size; ) {
    const id = buf.toString('latin1', at, at + 4);
    if (!/^[A-Z0-9]{4}$/.test(id)) break;
    const len = buf.readUInt32BE(at + 4);
    frames.push({ id, body: buf.subarray(at + 10, at + 10 + len) });
    at += 10 + len;
  }
  const ctocs = frames.filter((f) => f.id === 'CTOC');
  expect(ctocs).toHaveLength(1);
  const body = ctocs[0]!.body;
  const idEnd = body.indexOf(0);
  expect(body[idEnd + 1]! & 3).toBe(3); // top-level + ordered
  const count = body[idEnd + 2]!;
  const elements = body.subarray(idEnd + 3).toString('latin1').split('\0').slice(0, count);
  const chapIds = frames.filter((f) => f.id === 'CHAP').map((f) => f.body.toString('latin1', 0, f.body.indexOf(0)));
  expect(elements).toEqual(chapIds);
  expect(chapIds).toHaveLength(3);
  // The audio right after the tag is an MPEG frame (sync word), not a second tag.
  expect(buf[10 + size]).toBe(0xff);
  expect(NodeID3.read(buf).chapter?.map((c) => c.tags?.title)).toEqual(TITLES);
}

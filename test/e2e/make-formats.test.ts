// End to end: the CLI makes a briefing per format; ffprobe/ffmpeg read it back.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';
import { probe, silences } from '../helpers/probe.js';

const ARTICLE = path.join(ROOT, 'test/fixtures/e2e/three-parts.md');
const BUNDLED = {
  FFMPEG_PATH: path.join(ROOT, 'node_modules/@ffmpeg-installer/linux-x64/ffmpeg'),
  FFPROBE_PATH: path.join(ROOT, 'node_modules/@ffprobe-installer/linux-x64/ffprobe'),
};
// Samples per codec frame, as seconds at the briefing's rate, for the tolerance of chapter positions (Opus is 48 kHz out).
const frameSeconds = (ext: string, rate: number): number => (ext === 'm4b' ? 1024 / rate : ext === 'mp3' ? 1152 / rate : 960 / 48000);
const TITLES = ['Ferry service returns to the island', 'Repairs took longer than planned', 'Zürich engineers – ‘Kyiv’ design praised'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-e2e-'));
});

interface TimingsJson {
  sampleRate: number;
  totalSamples: number;
  chapters: Array<{ title: string; start: number; end: number }>;
}

const variants: Array<[string, NodeJS.ProcessEnv]> = [
  ['system ffmpeg', {}],
  ['bundled ffmpeg', BUNDLED],
];

describe.each(variants)('make with %s', (_label, env) => {
  it.each(['m4b', 'mp3', 'opus'])('writes %s with chapters at the summed samples, inside pauses', async (ext) => {
    const out = path.join(dir, `${_label.split(' ')[0]}-briefing.${ext}`);
    const timingsPath = `${out}.timings.json`;
    const result = await runCli(['make', ARTICLE, '-o', out, '--engine', 'espeak-ng', '--timings', timingsPath, '--quiet'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(out);
    const timings = JSON.parse(await readFile(timingsPath, 'utf8')) as TimingsJson;
    // Read back with the system ffprobe (independent of the ffmpeg that wrote it).
    const info = await probe(out);
    expect(info.chapters.map((c) => c.title)).toEqual(TITLES);
    const frame = frameSeconds(ext, timings.sampleRate);
    const quiet = await silences(out);
    timings.chapters.forEach((expected, i) => {
      const got = info.chapters[i]!;
      expect(Math.abs(got.start - expected.start / timings.sampleRate)).toBeLessThanOrEqual(frame + 0.001);
      if (i > 0) {
        const inPause = quiet.some((s) => got.start >= s.start - frame && got.start <= s.end + frame);
        expect(inPause, `chapter ${i} at ${got.start}s is not inside a pause: ${JSON.stringify(quiet)}`).toBe(true);
      }
    });
    const total = timings.totalSamples / timings.sampleRate;
    expect(Math.abs(info.chapters.at(-1)!.end - total)).toBeLessThanOrEqual(frame + 0.001);
    expect(Math.abs(info.duration - total)).toBeLessThanOrEqual(2 * frame + 0.05);
    if (ext === 'm4b') expect(info.tags.major_brand?.trim()).toBe('M4B');
  });
});

describe('plan and make --plan', () => {
  it('plan --json has the documented shape and make --plan reads it back', async () => {
    const planned = await runCli(['plan', ARTICLE, '--json', '--engine', 'espeak-ng']);
    expect(planned.code, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout);
    expect(plan).toMatchObject({ title: TITLES[0], language: 'en' });
    expect(plan.articles[0]).toMatchObject({ title: TITLES[0], source: ARTICLE, byline: null, date: null });
    expect(plan.chapters.map((c: { title: string }) => c.title)).toEqual(TITLES);
    for (const chapter of plan.chapters) {
      expect(chapter.article).toBe(0);
      for (const s of chapter.segments) {
        expect(['narration', 'quote']).toContain(s.kind);
        expect(typeof s.text).toBe('string');
        expect(typeof s.spoken).toBe('string');
        expect(s.voice).toMatch(/^espeak-ng:/);
      }
    }
    // Edit the plan as a user would: retitle a chapter and change a spoken form.
    plan.chapters[1].title = 'The propeller shaft';
    plan.chapters[1].segments[1].spoken = 'Workers replaced the propeller shaft, at last.';
    const edited = path.join(dir, 'edited-plan.json');
    await writeFile(edited, JSON.stringify(plan));
    const out = path.join(dir, 'from-plan.mp3');
    const made = await runCli(['make', '--plan', edited, '-o', out, '--quiet']);
    expect(made.code, made.stderr).toBe(0);
    const info = await probe(out);
    expect(info.chapters.map((c) => c.title)).toEqual([TITLES[0], 'The propeller shaft', TITLES[2]]);
  });
});

// Failures: typed errors, and nothing under the final name (nor temp files) afterwards.
import { readdir, writeFile } from 'node:fs/promises';
import { readOnlyDir } from '../helpers/read-only.js';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemble, type AssemblyChapter } from '../../src/audio/assemble.js';
import { AbortError, ProcessError, UserError } from '../../src/errors.js';
import { espeak, flite, needEngines, tempDir } from './helpers.js';

const have = needEngines(['espeak-ng', 'flite', 'ffmpeg']);
const meta = { title: 'Failure' };

describe.skipIf(!have)('assemble failures', () => {
  let dir: string;
  let good: string[];
  beforeAll(async () => {
    dir = await tempDir('fail');
    good = [
      await espeak(path.join(dir, 'a.wav'), 'The first sentence of a longer story, read slowly and with care.'),
      await flite(path.join(dir, 'b.wav'), 'A second voice continues the story for a while longer.'),
    ];
  });

  const chapters = (wavs: string[], repeat = 1): AssemblyChapter[] =>
    Array.from({ length: repeat }, (_, i) => ({ title: `Part ${i + 1}`, units: wavs.map((wav) => ({ wav, pauseBeforeMs: 400, level: wav })) }));

  async function expectClean(folder: string, name: string): Promise<void> {
    const left = await readdir(folder);
    expect(left).not.toContain(name);
    expect(left.filter((n) => n.startsWith('.'))).toEqual([]);
  }

  it('a missing unit WAV is a UserError naming it', async () => {
    const out = await tempDir('out');
    const missing = path.join(dir, 'nope.wav');
    const err = await assemble({ chapters: chapters([good[0]!, missing]), output: path.join(out, 'x.m4b'), metadata: meta }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('nope.wav');
    await expectClean(out, 'x.m4b');
  });

  it('a corrupt unit WAV is a UserError naming it', async () => {
    const out = await tempDir('out');
    const bad = path.join(dir, 'corrupt.wav');
    await writeFile(bad, Buffer.concat([Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt '), Buffer.alloc(7, 0xaa)]));
    const err = await assemble({ chapters: chapters([good[0]!, bad]), output: path.join(out, 'x.mp3'), metadata: meta }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/corrupt\.wav is not a usable WAV file/);
    await expectClean(out, 'x.mp3');
  });

  it('an unwritable or missing output folder is a UserError before any work', async () => {
    const file = path.join(dir, 'a-file');
    await writeFile(file, 'x');
    for (const output of [path.join(dir, 'no', 'such', 'x.m4b'), path.join(file, 'x.m4b')]) {
      const err = await assemble({ chapters: chapters(good), output, metadata: meta }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/cannot write to the output folder/);
    }
    const ro = await readOnlyDir();
    try {
      const err = await assemble({ chapters: chapters(good), output: path.join(ro.dir, 'x.opus'), metadata: meta }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/cannot write to the output folder/);
    } finally {
      await ro.release();
    }
  });

  it('an unsupported extension is a UserError', async () => {
    const err = await assemble({ chapters: chapters(good), output: path.join(dir, 'x.wav'), metadata: meta }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
  });

  it('aborting while ffmpeg encodes kills it: AbortError, no output, no temp file', async () => {
    const out = await tempDir('out');
    const controller = new AbortController();
    const err = await assemble({
      chapters: chapters(good, 40),
      output: path.join(out, 'x.m4b'),
      metadata: meta,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    await expectClean(out, 'x.m4b');
    expect(ffmpegChildren()).toEqual([]);
  });

  it('a unit whose synthesis fails while the encode streams: that error, ffmpeg stopped, no output, no temp file', async () => {
    const out = await tempDir('out');
    const failure = new Error('engine crashed on unit 3');
    const late = (i: number) =>
      new Promise<string>((resolve, reject) => setTimeout(() => (i === 3 ? reject(failure) : resolve(good[i % 2]!)), 30 * i));
    const streamed: AssemblyChapter[] = [{ title: 'Part 1', units: [0, 1, 2, 3, 4].map((i) => ({ wav: late(i), pauseBeforeMs: 300, level: 'v' })) }];
    let encoding = false;
    const err = await assemble({ chapters: streamed, output: path.join(out, 'x.m4b'), metadata: meta, onProgress: () => (encoding = true) }).catch((e: unknown) => e);
    expect(err).toBe(failure);
    expect(encoding).toBe(true);
    await expectClean(out, 'x.m4b');
    expect(ffmpegChildren()).toEqual([]);
  });

  it('a unit that fails before the encode starts is that error (or the setup error), never an unhandled rejection', async () => {
    const out = await tempDir('out');
    const failing = (): AssemblyChapter[] => [{ title: 'Part 1', units: [{ wav: Promise.resolve(good[0]!), pauseBeforeMs: 0, level: 'v' }, { wav: Promise.reject(new Error('engine crashed early')), pauseBeforeMs: 300, level: 'v' }] }];
    const early = await assemble({ chapters: failing(), output: path.join(out, 'x.m4b'), metadata: meta }).catch((e: unknown) => e);
    expect((early as Error).message).toBe('engine crashed early');
    const setup = await assemble({ chapters: failing(), output: path.join(out, 'no', 'such', 'x.m4b'), metadata: meta }).catch((e: unknown) => e);
    expect(setup).toBeInstanceOf(UserError);
    // Let a stray rejection surface: vitest fails the run on an unhandled one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expectClean(out, 'x.m4b');
  });

  it('aborting while the encode waits for a unit: AbortError, ffmpeg stopped, no output', async () => {
    const out = await tempDir('out');
    const controller = new AbortController();
    const never = new Promise<string>(() => undefined);
    const streamed: AssemblyChapter[] = [{ title: 'Part 1', units: [{ wav: Promise.resolve(good[0]!), pauseBeforeMs: 0, level: 'v' }, { wav: never, pauseBeforeMs: 300, level: 'v' }] }];
    setTimeout(() => controller.abort(), 400);
    const err = await assemble({ chapters: streamed, output: path.join(out, 'x.mp3'), metadata: meta, signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    await expectClean(out, 'x.mp3');
    expect(ffmpegChildren()).toEqual([]);
  });

  it('ffmpeg killed from outside midway is a ProcessError with the signal, and no output', async () => {
    const out = await tempDir('out');
    let killed = false;
    const err = await assemble({
      chapters: chapters(good, 40),
      output: path.join(out, 'x.opus'),
      metadata: meta,
      onProgress: () => {
        if (killed) return;
        // Kill only the ffmpeg this test started: a child of this process, by its pid.
        for (const pid of ffmpegChildren()) process.kill(pid, 'SIGKILL');
        killed = true;
      },
    }).catch((e: unknown) => e);
    expect(killed).toBe(true);
    expect(err).toBeInstanceOf(ProcessError);
    expect((err as ProcessError).signal).toBe('SIGKILL');
    await expectClean(out, 'x.opus');
  });
});

// ffmpeg processes that are children of this test process (Linux /proc).
function ffmpegChildren(): number[] {
  const pids: number[] = [];
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    const children = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim();
    for (const pid of children ? children.split(/\s+/).map(Number) : []) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'ffmpeg') pids.push(pid);
      } catch {
        /* already gone */
      }
    }
  }
  return pids;
}

// synthesizeUnits with real engines: dedupe, cache hits, re-synthesis of edited units only, no-cache, failures.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AbortError, ProcessError, UserError } from '../../src/errors.js';
import { espeakNgEngine } from '../../src/tts/engines/espeak-ng.js';
import { festivalEngine } from '../../src/tts/engines/festival.js';
import { synthesizeUnits, type Unit } from '../../src/tts/synthesize.js';
import { ffprobe, requireAvailable, tempDir } from './helpers.js';

const V = 'espeak-ng:en-us';
const sentences = ['The bridge reopened on Monday.', 'Traffic was light in the morning.', 'Officials expect more cars next week.'];
const units = (texts: string[], voice = V): Unit[] => texts.map((spoken) => ({ voice, spoken, rate: null }));

// Every file under `dir` except the cache's prune marker (units/.pruned).
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name !== '.pruned') out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

describe('synthesizeUnits', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir('synth');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('dedupes, caches, and re-synthesizes only an edited unit', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const cacheDir = path.join(root, 'cache');
    const workDir = path.join(root, 'work');
    const open = vi.spyOn(espeakNgEngine, 'open');
    const events: boolean[] = [];
    const first = await synthesizeUnits(units([...sentences, sentences[0]!]), { jobs: 2, cacheDir, workDir, onUnit: (e) => events.push(e.cached) });
    expect(open).toHaveBeenCalledTimes(1);
    expect(first.map((r) => r.cached)).toEqual([false, false, false, false]);
    expect(first[3]!.wav).toBe(first[0]!.wav);
    expect(events).toHaveLength(4);
    expect(first[0]!.wav).toMatch(new RegExp(`^${cacheDir}/units/[0-9a-f]{2}/[0-9a-f]{64}\\.wav$`));
    expect((await ffprobe(first[1]!.wav)).duration).toBeGreaterThan(1);
    expect(await listFiles(cacheDir)).toHaveLength(3);

    open.mockClear();
    const second = await synthesizeUnits(units(sentences), { jobs: 2, cacheDir, workDir });
    expect(open).not.toHaveBeenCalled();
    expect(second.every((r) => r.cached)).toBe(true);

    const edited = [sentences[0]!, 'Traffic was heavy in the morning.', sentences[2]!];
    const before = await stat(first[0]!.wav);
    const third = await synthesizeUnits(units(edited), { jobs: 2, cacheDir, workDir });
    expect(open).toHaveBeenCalledTimes(1);
    expect(third.map((r) => r.cached)).toEqual([true, false, true]);
    expect((await stat(third[0]!.wav)).ino).toBe(before.ino);
    open.mockRestore();

    // A different rate is a different unit.
    const faster = await synthesizeUnits([{ voice: V, spoken: sentences[0]!, rate: 250 }], { jobs: 1, cacheDir, workDir });
    expect(faster[0]!.cached).toBe(false);
    expect(faster[0]!.wav).not.toBe(first[0]!.wav);
  });

  it('writes into workDir and nowhere else without a cache', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const workDir = path.join(root, 'nocache');
    const result = await synthesizeUnits(units(sentences.slice(0, 2)), { jobs: 2, cacheDir: null, workDir });
    expect(result.every((r) => !r.cached && path.dirname(r.wav) === workDir)).toBe(true);
    expect((await listFiles(workDir)).sort()).toEqual(result.map((r) => r.wav).sort());
  });

  it('prunes the least recently used units to the size cap, keeping this run', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const cacheDir = path.join(root, 'small');
    const a = await synthesizeUnits(units([sentences[0]!]), { jobs: 1, cacheDir, workDir: root });
    const b = await synthesizeUnits(units([sentences[1]!]), { jobs: 1, cacheDir, workDir: root, cacheMaxBytes: 1, pruneEveryMs: 0 });
    const files = await listFiles(cacheDir);
    expect(files).toEqual([b[0]!.wav]);
    expect(files).not.toContain(a[0]!.wav);
  });

  it('prunes at most once an hour by default: a run right after a prune leaves the cache alone', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const cacheDir = path.join(root, 'interval');
    const a = await synthesizeUnits(units([sentences[0]!]), { jobs: 1, cacheDir, workDir: root });
    const b = await synthesizeUnits(units([sentences[1]!]), { jobs: 1, cacheDir, workDir: root, cacheMaxBytes: 1 });
    expect((await listFiles(cacheDir)).sort()).toEqual([a[0]!.wav, b[0]!.wav].sort());
    await synthesizeUnits(units([sentences[1]!]), { jobs: 1, cacheDir, workDir: root, cacheMaxBytes: 1, pruneEveryMs: 0 });
    expect(await listFiles(cacheDir)).toEqual([b[0]!.wav]);
  });

  it('rejects an unknown voice as bad input', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    await expect(synthesizeUnits(units(['Hello.'], 'espeak-ng:no-such-voice'), { jobs: 1, cacheDir: null, workDir: root })).rejects.toBeInstanceOf(UserError);
    await expect(synthesizeUnits(units(['Hello.'], 'nope:x'), { jobs: 1, cacheDir: null, workDir: root })).rejects.toBeInstanceOf(UserError);
  });

  it('names the engine and the unit when the engine fails on one, leaving no files behind', async (ctx) => {
    requireAvailable('festival', await festivalEngine.detect(), () => ctx.skip());
    const cacheDir = path.join(root, 'failing');
    // Festival says nothing for a line of dots: a real failure, not a fake one.
    const list = units(['One fine day.', '. . . .', 'Another fine day.', 'And a third.'], 'festival:kal_diphone');
    const error = await synthesizeUnits(list, { jobs: 2, cacheDir, workDir: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessError);
    expect((error as Error).message).toMatch(/^festival failed on unit 2 \("\. \. \. \."\)/);
    expect((await listFiles(cacheDir)).filter((f) => f.endsWith('.tmp.wav'))).toEqual([]);
  });

  it('stops with an AbortError when aborted', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const controller = new AbortController();
    const many = units(Array.from({ length: 30 }, (_, i) => `Sentence ${i} is one of many that we will not finish.`));
    const pending = synthesizeUnits(many, { jobs: 2, cacheDir: path.join(root, 'aborted'), workDir: root, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    const left = await listFiles(path.join(root, 'aborted')).catch(() => []);
    expect(left.filter((f) => f.endsWith('.tmp.wav'))).toEqual([]);
  });
});

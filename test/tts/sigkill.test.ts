// After SIGKILL mid-run nothing half-written sits under a final name, and the next run reuses the finished units.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnPiped } from '../../src/process/run.js';
import { fliteWasmEngine } from '../../src/tts/engines/flite-wasm.js';
import { synthesizeUnits, type Unit } from '../../src/tts/synthesize.js';
import { ffprobe, requireAvailable, tempDir } from './helpers.js';

let root: string;
beforeAll(async () => {
  root = await tempDir('sigkill');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it('leaves only complete units under final names after SIGKILL, and reuses them', async (ctx) => {
  requireAvailable('flite-wasm', await fliteWasmEngine.detect(), () => ctx.skip());
  const cacheDir = path.join(root, 'cache');
  const units: Unit[] = Array.from({ length: 24 }, (_, i) => ({
    voice: 'flite-wasm:slt',
    spoken: `Sentence ${i + 1} of the interrupted run is long enough to take a little while to speak.`,
    rate: null,
  }));
  const child = spawnPiped(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/synthesize-child.ts'), cacheDir, root, JSON.stringify(units)]);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = await new Promise<NodeJS.Signals | null>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/unit 3\n/.test(out)) child.kill('SIGKILL');
    });
    child.on('close', (_code, signal) => resolve(signal));
  });
  expect(exit, `child did not get far enough: ${out} ${err}`).toBe('SIGKILL');
  expect(out).not.toContain('finished');

  const files: string[] = [];
  for (const entry of await readdir(path.join(cacheDir, 'units'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /^[0-9a-f]{64}\.wav$/.test(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  expect(files.length).toBeGreaterThanOrEqual(3);
  expect(files.length).toBeLessThan(units.length);
  for (const file of files) expect((await ffprobe(file)).duration).toBeGreaterThan(2);

  const again = await synthesizeUnits(units, { jobs: 2, cacheDir, workDir: root });
  const reused = again.filter((r) => r.cached).map((r) => r.wav).sort();
  expect(reused).toEqual(files.sort());
});

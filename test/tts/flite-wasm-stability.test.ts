// The embedded engine over many jobs: node 20's WASI used to abort the process after a few dozen
// instances and leaked one fd per job; the worker now closes and collects each instance.
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fliteWasmEngine } from '../../src/tts/engines/flite-wasm.js';
import { requireAvailable, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('wasm-many');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The process's open descriptors: /proc/self/fd on Linux, /dev/fd on macOS and the BSDs (never a constant).
const openFds = () => readdirSync(process.platform === 'linux' ? '/proc/self/fd' : '/dev/fd').length;

it('runs 100 jobs in one session without crashing or leaking file descriptors', async (ctx) => {
  requireAvailable('flite-wasm', await fliteWasmEngine.detect(), () => ctx.skip());
  const session = await fliteWasmEngine.open({ jobs: 2 });
  try {
    const say = (i: number) => session.synthesize({ text: `Item ${i}.`, voice: 'kal16', rate: null, outFile: path.join(dir, `u${i % 4}.wav`) });
    await Promise.all([say(0), say(1)]);
    const before = openFds();
    for (let i = 2; i < 100; i += 2) await Promise.all([say(i), say(i + 1)]);
    expect(openFds() - before).toBeLessThan(5);
  } finally {
    await session.close();
  }
});

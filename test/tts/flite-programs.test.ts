// The system flite engine runs the one-voice programs (flite_cmu_us_slt, …) when installed: same audio as `flite -voice`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fliteEngine } from '../../src/tts/engines/flite.js';
import { run } from '../../src/process/run.js';
import { requireAvailable, tempDir } from './helpers.js';

describe('flite voice programs', () => {
  it('give byte-identical WAVs to flite -voice for each voice', async ({ skip }) => {
    requireAvailable('flite', await fliteEngine.detect(), skip);
    const dir = await tempDir('flite-prog');
    const text = 'The harbor wall will cost 14.5 million dollars, the council said.';
    const textFile = path.join(dir, 'text.txt');
    await writeFile(textFile, text);
    const session = await fliteEngine.open({ jobs: 1 });
    try {
      for (const voice of (await fliteEngine.detect()).voices.map((v) => v.id)) {
        const ours = path.join(dir, `${voice}.wav`);
        await session.synthesize({ text, voice, rate: null, outFile: ours });
        const reference = path.join(dir, `${voice}-ref.wav`);
        await run('flite', ['-voice', voice, '--setf', 'duration_stretch=1', '-f', textFile, '-o', reference]);
        expect((await readFile(ours)).equals(await readFile(reference)), voice).toBe(true);
      }
    } finally {
      await session.close();
    }
    // Debian's flite package installs the one-voice programs; CI runs there, so the fast path is the one tested.
    if (process.env.CI === 'true') {
      const { stdout } = await run('sh', ['-c', 'command -v flite_cmu_us_slt']);
      expect(stdout.trim()).not.toBe('');
    }
  });
});

// One validation path: resolveVoice, requireAvailable, chooseNarrator and synthesizeUnits give the same errors.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyError, UserError } from '../../src/errors.js';
import { chooseNarrator } from '../../src/briefing/narrator.js';
import { espeakNgEngine } from '../../src/tts/engines/espeak-ng.js';
import { getEngine, requireAvailable as requireEngine, resolveVoice } from '../../src/tts/registry.js';
import { synthesizeUnits } from '../../src/tts/synthesize.js';
import { requireAvailable, tempDir } from './helpers.js';

let workDir: string;
beforeAll(async () => {
  workDir = await tempDir('registry');
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const synthesize = (voice: string) => synthesizeUnits([{ voice, spoken: 'Hello.', rate: null }], { jobs: 1, cacheDir: null, workDir });
const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

describe('requireAvailable', () => {
  it('returns the detection status of an available engine', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const { status } = await requireEngine(espeakNgEngine);
    expect(status.available).toBe(true);
    expect(status.version).toMatch(/^espeak-ng \d/);
  });

  // `say` cannot export audio on Linux: a real unavailable engine, no fake needed.
  it.runIf(process.platform === 'linux')('gives one error for an unavailable engine, wherever it is asked', async () => {
    const say = await getEngine('say');
    const direct = await caught(requireEngine(say));
    expect(direct).toBeInstanceOf(DependencyError);
    expect((direct as DependencyError).exitStatus).toBe(3);
    expect(direct!.message).toBe('engine "say" is not available: say exports audio only on macOS and Windows; use festival, flite or espeak-ng here');
    expect((direct as DependencyError).hint).toBe('see: briefcast voices');
    for (const other of [resolveVoice('say:Samantha'), chooseNarrator({ engine: 'say', language: 'en' }), synthesize('say:Samantha')]) {
      const error = await caught(other);
      expect(error).toBeInstanceOf(DependencyError);
      expect(error!.message).toBe(direct!.message);
      expect((error as DependencyError).hint).toBe(direct!.hint);
    }
  });
});

describe('voice validation', () => {
  it.each(['slt', ':slt', 'espeak-ng:'])('rejects the malformed "%s" the same way in the registry and in synthesis', async (ref) => {
    const fromRegistry = await caught(resolveVoice(ref));
    const fromSynthesis = await caught(synthesize(ref));
    expect(fromRegistry).toBeInstanceOf(UserError);
    expect(fromRegistry!.message).toBe(`voice "${ref}" must look like "engine:voice", e.g. "flite:slt"`);
    expect(fromSynthesis).toBeInstanceOf(UserError);
    expect(fromSynthesis!.message).toBe(fromRegistry!.message);
  });

  it('rejects an unknown voice the same way in the registry and in synthesis', async (ctx) => {
    requireAvailable('espeak-ng', await espeakNgEngine.detect(), () => ctx.skip());
    const fromRegistry = await caught(resolveVoice('espeak-ng:klingon-xx'));
    const fromSynthesis = await caught(synthesize('espeak-ng:klingon-xx'));
    expect(fromRegistry).toBeInstanceOf(UserError);
    expect(fromRegistry!.message).toBe('unknown voice "klingon-xx" for engine espeak-ng');
    expect((fromRegistry as UserError).hint).toMatch(/^choose one of: [a-z0-9+, -]+ \(see: briefcast voices\)$/);
    expect(fromSynthesis).toBeInstanceOf(UserError);
    expect(fromSynthesis!.message).toBe(fromRegistry!.message);
    expect((fromSynthesis as UserError).hint).toBe((fromRegistry as UserError).hint);
  });

  it('rejects an unknown engine in synthesis as bad input', async () => {
    const error = await caught(synthesize('nosuch:x'));
    expect(error).toBeInstanceOf(UserError);
    expect(error!.message).toBe('unknown engine "nosuch"');
  });
});

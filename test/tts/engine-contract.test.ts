// One contract every registered engine for this platform must meet, run against the real engines.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAbort } from '../../src/errors.js';
import type { Detection, EngineSession, TtsEngine } from '../../src/tts/engine.js';
import { engineIds, getEngine } from '../../src/tts/registry.js';
import { ffprobe, requireAvailable, tempDir } from './helpers.js';

const engines: TtsEngine[] = [];
for (const id of engineIds()) {
  const engine = await getEngine(id);
  if (engine.platforms === 'all' || engine.platforms.includes(process.platform)) engines.push(engine);
}

describe.each(engines.map((e) => [e.id, e] as const))('engine %s', (id, engine) => {
  let detection: Detection;
  let session: EngineSession | undefined;
  let dir: string;
  let voice: string;

  beforeAll(async () => {
    detection = await engine.detect();
    dir = await tempDir(id);
    // Every engine the contract runs has an English narrator of its own; none is made up here.
    const narrator = detection.defaultVoice('en');
    if (detection.status.available && narrator) {
      voice = narrator;
      session = await engine.open({ jobs: 2 });
    }
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const say = async (text: string, name: string, rate: number | null = null) => {
    const outFile = path.join(dir, `${name}.wav`);
    await session!.synthesize({ text, voice, rate, outFile });
    return ffprobe(outFile);
  };

  it('is available, with a version, voices and its default voice among them', async (ctx) => {
    requireAvailable(id, detection, () => ctx.skip());
    expect(detection.status.version).toMatch(/\S/);
    expect(detection.defaultVoice('en')).toBeTruthy();
    const voices = detection.voices;
    expect(voices.length).toBeGreaterThan(0);
    expect(voices.map((v) => v.id)).toContain(voice);
    for (const v of voices) {
      expect(v.language).toMatch(/^[a-z]{2,8}(-[A-Za-z0-9]+)*$/);
      expect(v.speaker).toMatch(/\S/);
    }
  });

  it('speaks a short sentence to a valid WAV of plausible duration', async (ctx) => {
    requireAvailable(id, detection, () => ctx.skip());
    const probe = await say('The council approved the new park on Tuesday.', 'plain');
    expect(probe.codec).toMatch(/^pcm_/);
    expect(probe.channels).toBe(1);
    expect(probe.sampleRate).toBeGreaterThanOrEqual(8000);
    // Eight words at 120 to 250 words per minute.
    expect(probe.duration).toBeGreaterThan(1.5);
    expect(probe.duration).toBeLessThan(5);
  });

  it('speaks text that looks like options, shell or Scheme without running it', async (ctx) => {
    requireAvailable(id, detection, () => ctx.skip());
    const canary = path.join(dir, 'pwned');
    const dash = await say('-o /tmp/x --help is not an option here.', 'dash');
    expect(dash.duration).toBeGreaterThan(1);
    // The first would run `system` if pasted into a Scheme string (checked by hand with festival --pipe).
    const hostile = [
      `") (system "touch ${canary}") (" and $(touch ${canary}) then \`touch ${canary}\` done.`,
      `"; (system "touch ${canary}") $(x) 'q' the end.`,
    ];
    for (const [i, text] of hostile.entries()) {
      const probe = await say(text, `hostile${i}`);
      expect(probe.duration).toBeGreaterThan(1);
    }
    expect(existsSync(canary)).toBe(false);
  });

  it('gets longer at a slower rate and shorter at a faster one', async (ctx) => {
    requireAvailable(id, detection, () => ctx.skip());
    const text = 'Residents asked whether the park would bring more visitors to the shops.';
    const slow = await say(text, 'slow', 110);
    const fast = await say(text, 'fast', 300);
    expect(slow.duration).toBeGreaterThan(fast.duration * 1.6);
  });

  it('stops when aborted', async (ctx) => {
    requireAvailable(id, detection, () => ctx.skip());
    const long = Array.from({ length: 150 }, (_, i) => `This is sentence number ${i + 1} of a long paragraph that takes a while.`).join(' ');
    const controller = new AbortController();
    const started = Date.now();
    const pending = session!.synthesize({ text: long, voice, rate: null, outFile: path.join(dir, 'aborted.wav'), signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.then(() => null, (e: unknown) => e);
    // 150 sentences take even espeak-ng well over 30 ms: it must reject as an abort, quickly.
    expect(isAbort(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    // The session still works after an abort.
    const after = await say('Still speaking after the abort.', 'after');
    expect(after.duration).toBeGreaterThan(0.8);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp.wav'))).toEqual([]);
  });
});

// Binary resolution: env, then PATH, then the npm-bundled ffmpeg; versions read from the binaries themselves.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ffmpegInfo } from '../../src/audio/ffmpeg.js';
import { DependencyError } from '../../src/errors.js';
import { BUNDLED, needEngines } from './helpers.js';

const saved = { PATH: process.env.PATH, FFMPEG_PATH: process.env.FFMPEG_PATH, FFPROBE_PATH: process.env.FFPROBE_PATH };

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('ffmpegInfo', () => {
  it('falls back to the bundled binaries when PATH has no ffmpeg (a Node-only machine)', async () => {
    delete process.env.FFMPEG_PATH;
    delete process.env.FFPROBE_PATH;
    process.env.PATH = await mkdtemp(path.join(tmpdir(), 'bc-empty-path-'));
    const info = await ffmpegInfo();
    expect(info).toMatchObject({ ffmpeg: BUNDLED.ffmpeg, ffprobe: BUNDLED.ffprobe, source: 'bundled', major: 4, minor: 1 });
    expect(info.version).toMatch(/^N-/);
  });

  it.skipIf(!needEngines(['ffmpeg', 'ffprobe']))('prefers the system ffmpeg on PATH and reads its release number', async () => {
    delete process.env.FFMPEG_PATH;
    delete process.env.FFPROBE_PATH;
    const info = await ffmpegInfo();
    expect(info.source).toBe('system');
    expect(path.basename(info.ffmpeg)).toBe('ffmpeg');
    expect(info.major).toBeGreaterThanOrEqual(4);
  });

  it('FFMPEG_PATH/FFPROBE_PATH win, and a wrong one is a DependencyError', async () => {
    process.env.FFMPEG_PATH = BUNDLED.ffmpeg;
    process.env.FFPROBE_PATH = BUNDLED.ffprobe;
    expect(await ffmpegInfo()).toMatchObject({ source: 'env', ffmpeg: BUNDLED.ffmpeg });
    process.env.FFMPEG_PATH = path.join(tmpdir(), 'no-such-ffmpeg');
    await expect(ffmpegInfo()).rejects.toBeInstanceOf(DependencyError);
  });
});

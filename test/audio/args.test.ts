import { describe, expect, it } from 'vitest';
import { encodePlan, formatFromPath, limiterDelaySamples, limiterFilter, parseEbur128, planArgv } from '../../src/audio/args.js';
import { parseVersion } from '../../src/audio/ffmpeg.js';

describe('encode arguments', () => {
  const base = { sampleRate: 24000, metadataFile: '/tmp/x/meta.txt' };

  it('m4b: AAC, chapters from the metadata input, M4B brand kept as one argument, cover as attached picture', () => {
    const plan = encodePlan({ ...base, format: 'm4b', cover: '/tmp/x/cover.jpg' });
    const argv = planArgv(plan, '/out/.b.m4b.tmp');
    expect(argv.slice(0, 11)).toEqual(['-hide_banner', '-nostdin', '-f', 'f32le', '-ar', '24000', '-ac', '1', '-i', 'pipe:0', '-f']);
    expect(argv[argv.indexOf('-brand') + 1]).toBe('M4B ');
    expect(argv[argv.indexOf('-c:a') + 1]).toBe('aac');
    expect(argv[argv.indexOf('-map_chapters') + 1]).toBe('1');
    expect(argv).toContain('attached_pic');
    expect(argv.slice(-2)).toEqual(['-y', '/out/.b.m4b.tmp']);
    expect(argv[argv.lastIndexOf('-f') + 1]).toBe('mp4');
  });

  it('m4a gets the M4A brand and no cover input without a cover', () => {
    const plan = encodePlan({ ...base, format: 'm4a' });
    expect(plan.inputs).toHaveLength(2);
    expect(plan.outputOptions[plan.outputOptions.indexOf('-brand') + 1]).toBe('M4A ');
  });

  it('mp3: no ffmpeg ID3 tag and no ffmpeg chapters (we write ID3v2.3 with CTOC ourselves)', () => {
    const o = encodePlan({ ...base, format: 'mp3' }).outputOptions;
    expect(o[o.indexOf('-id3v2_version') + 1]).toBe('0');
    expect(o[o.indexOf('-map_chapters') + 1]).toBe('-1');
    expect(o[o.indexOf('-c:a') + 1]).toBe('libmp3lame');
  });

  it('opus/ogg: Ogg Opus, tags from the metadata file, ffmpeg chapters off', () => {
    for (const format of ['opus', 'ogg'] as const) {
      const o = encodePlan({ ...base, format }).outputOptions;
      expect(o[o.indexOf('-c:a') + 1]).toBe('libopus');
      expect(o[o.indexOf('-map_chapters') + 1]).toBe('-1');
      expect(o[o.indexOf('-map_metadata') + 1]).toBe('1');
      expect(o[o.lastIndexOf('-f') + 1]).toBe('ogg');
      expect(o[o.indexOf('-ar') + 1]).toBe('48000');
    }
  });

  it('limiter: no auto level, and its look-ahead delay is trimmed', () => {
    expect(limiterDelaySamples(24000)).toBe(119);
    const f = limiterFilter(24000);
    expect(f).toMatch(/^alimiter=limit=0\.\d{4}:level=0:attack=5:release=50,atrim=start_sample=119,asetpts=PTS-STARTPTS$/);
  });

  it('formats from extensions', () => {
    expect(formatFromPath('/a/b.M4B')).toBe('m4b');
    expect(formatFromPath('x.opus')).toBe('opus');
    expect(formatFromPath('x.wav')).toBeUndefined();
    expect(formatFromPath('mp3')).toBeUndefined();
  });

  it('parses the ebur128 summary', () => {
    const text = `[Parsed_ebur128_0 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         -16.3 LUFS\n    Threshold: -26.7 LUFS\n\n  True peak:\n    Peak:       -1.8 dBFS\n`;
    expect(parseEbur128(text)).toEqual({ integrated: -16.3, truePeak: -1.8 });
    expect(parseEbur128('nothing')).toBeUndefined();
  });

  it('parses release and git-build versions', () => {
    expect(parseVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright')).toMatchObject({ major: 5, minor: 1 });
    expect(parseVersion('ffmpeg version n4.4.2 Copyright')).toMatchObject({ major: 4, minor: 4 });
    // The bundled 2018 static build: a git id, libavformat 58.24 → between 4.1 and 4.2.
    expect(parseVersion('ffmpeg version N-47683-g0e8eb07980-static https://x\nlibavformat    58. 24.100 / 58. 24.100')).toMatchObject({
      version: 'N-47683-g0e8eb07980-static',
      major: 4,
      minor: 1,
    });
  });
});

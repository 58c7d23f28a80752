import { describe, expect, it } from 'vitest';
import { encodePlan, parseEbur128 } from '../../src/audio/args.js';
import { containerFor } from '../../src/audio/containers/container.js';
import { remuxArgs } from '../../src/audio/containers/mp4.js';
import { encodeArgv, parseFfmpegTime, parseVersion } from '../../src/audio/ffmpeg.js';
import { formatFromPath } from '../../src/audio/formats.js';

const argvOf = (format: Parameters<typeof containerFor>[0], rate = 24000) =>
  encodeArgv(encodePlan({ sampleRate: rate, codecOptions: containerFor(format).encodeOptions(rate) }), '/out/.b.tmp');
const after = (argv: string[], flag: string) => argv[argv.indexOf(flag) + 1];

describe('encode arguments (fluent-ffmpeg builds them)', () => {
  it('the audio alone from f32le PCM on stdin: no tags, no chapters; output last', () => {
    const argv = argvOf('m4b');
    expect(argv.slice(0, 10)).toEqual(['-hide_banner', '-nostdin', '-f', 'f32le', '-ar', '24000', '-ac', '1', '-i', 'pipe:0']);
    expect(after(argv, '-map_metadata')).toBe('-1');
    expect(after(argv, '-map_chapters')).toBe('-1');
    expect(argv.at(-1)).toBe('/out/.b.tmp');
  });

  it('m4b/m4a: AAC with the fast coder into MP4', () => {
    for (const format of ['m4b', 'm4a'] as const) {
      const argv = argvOf(format);
      expect(after(argv, '-c:a')).toBe('aac');
      expect(after(argv, '-aac_coder')).toBe('fast');
      expect(argv[argv.lastIndexOf('-f') + 1]).toBe('mp4');
    }
  });

  it("mp3: LAME without ffmpeg's ID3 tag (we write ID3v2.3 with CTOC ourselves)", () => {
    const argv = argvOf('mp3');
    expect(after(argv, '-id3v2_version')).toBe('0');
    expect(after(argv, '-c:a')).toBe('libmp3lame');
  });

  it('opus/ogg: Opus at 48 kHz in Ogg, whatever the mix rate', () => {
    for (const format of ['opus', 'ogg'] as const) {
      const argv = argvOf(format, 16000);
      expect(after(argv, '-c:a')).toBe('libopus');
      expect(argv[argv.lastIndexOf('-ar') + 1]).toBe('48000');
      expect(argv[argv.lastIndexOf('-f') + 1]).toBe('ogg');
    }
  });

  it('MP4 remux: audio copied, tags and chapters from the metadata input, brand kept as one argument, cover attached', () => {
    const argv = remuxArgs({ audioFile: '/w/a.m4a', metadataFile: '/w/m.txt', cover: '/w/c.jpg', m4b: true, dest: '/out/.b.tmp' });
    expect(after(argv, '-brand')).toBe('M4B ');
    expect(after(argv, '-c:a')).toBe('copy');
    expect(after(argv, '-map_chapters')).toBe('1');
    expect(argv).toContain('attached_pic');
    expect(argv.slice(-2)).toEqual(['-y', '/out/.b.tmp']);
    expect(after(remuxArgs({ audioFile: 'a', metadataFile: 'm', m4b: false, dest: 'd' }), '-brand')).toBe('M4A ');
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

  it('parses progress times from ffmpeg lines', () => {
    expect(parseFfmpegTime('size=     256kB time=00:01:02.50 bitrate=  33.5kbits/s speed=41x')).toBe(62.5);
    expect(parseFfmpegTime('size=N/A time=01:00:00.00 bitrate=N/A')).toBe(3600);
    expect(parseFfmpegTime('size=       0kB time=-00:00:00.02 bitrate=N/A')).toBe(0);
    expect(parseFfmpegTime('Stream mapping:')).toBeUndefined();
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

import NodeID3 from 'node-id3';
import { describe, expect, it } from 'vitest';
import { escapeMetadata, ffmetadata } from '../../src/audio/containers/ffmetadata.js';
import { id3Tags } from '../../src/audio/containers/mp3.js';
import { vorbisChapterTags, vorbisTime } from '../../src/audio/containers/ogg.js';

describe('FFMETADATA', () => {
  it('escapes = ; # \\ and newlines', () => {
    expect(escapeMetadata('a=b;c#d\\e\nf')).toBe('a\\=b\\;c\\#d\\\\e\\\nf');
    expect(escapeMetadata('Zürich – ‘Kyiv’')).toBe('Zürich – ‘Kyiv’');
  });

  it('writes tags and chapters with a sample timebase', () => {
    const text = ffmetadata({
      meta: { title: 'T=1', artist: 'A', date: '2026-11-25', comment: '' },
      chapters: [
        { title: 'One', start: 0, end: 24000 },
        { title: 'Two; #2', start: 24000, end: 50000 },
      ],
      sampleRate: 24000,
    });
    expect(text).toBe(
      [';FFMETADATA1', 'title=T\\=1', 'artist=A', 'album_artist=A', 'date=2026-11-25', '[CHAPTER]', 'TIMEBASE=1/24000', 'START=0', 'END=24000', 'title=One',
        '[CHAPTER]', 'TIMEBASE=1/24000', 'START=24000', 'END=50000', 'title=Two\\; \\#2', ''].join('\n'),
    );
  });

  it('Ogg: no chapter sections, CHAPTERxxx tags instead', () => {
    const chapters = [
      { title: 'A', start: 0, end: 10 },
      { title: 'B', start: 36012, end: 50000 },
    ];
    const text = ffmetadata({ meta: { title: 'x' }, chapters: [], sampleRate: 24000, extraTags: vorbisChapterTags(chapters, 24000) });
    expect(text).not.toContain('[CHAPTER]');
    expect(text).toContain('CHAPTER002=00:00:01.501\nCHAPTER002NAME=B\n');
  });
});

describe('Vorbis chapter times', () => {
  it('rounds to the nearest millisecond (ffmpeg rounds fractions ≥ 0.5 s to the wrong second)', () => {
    expect(vorbisTime(36000, 24000)).toBe('00:00:01.500');
    expect(vorbisTime(23999, 24000)).toBe('00:00:01.000');
    expect(vorbisTime(24000 * 3725.9996, 24000)).toBe('01:02:06.000');
    expect(vorbisTime(24000 * 59.75, 24000)).toBe('00:00:59.750');
  });
});

describe('ID3 tags', () => {
  it('builds CHAP frames and one ordered top-level CTOC that node-id3 reads back, non-ASCII intact', () => {
    const tags = id3Tags({
      meta: { title: 'Zürich – ‘Kyiv’ talks', artist: 'b', date: '2026-11-25' },
      chapters: [
        { title: 'Zürich – ‘Kyiv’ talks', start: 0, end: 36000 },
        { title: 'Two', start: 36000, end: 72000 },
      ],
      sampleRate: 24000,
    });
    const buf = NodeID3.create(tags);
    expect(buf[3]).toBe(3); // ID3v2.3
    const back = NodeID3.read(buf);
    expect(back.title).toBe('Zürich – ‘Kyiv’ talks');
    expect(back.chapter?.map((c) => [c.elementID, c.startTimeMs, c.endTimeMs, c.tags?.title])).toEqual([
      ['chp0', 0, 1500, 'Zürich – ‘Kyiv’ talks'],
      ['chp1', 1500, 3000, 'Two'],
    ]);
    expect(back.tableOfContents).toHaveLength(1);
    expect(back.tableOfContents?.[0]).toMatchObject({ elementID: 'toc', isOrdered: true, elements: ['chp0', 'chp1'] });
    // CTOC flags byte: top-level (0x02) and ordered (0x01).
    const at = buf.indexOf('CTOC');
    const flags = buf[at + 10 + 'toc'.length + 1];
    expect(flags).toBe(3);
  });
});

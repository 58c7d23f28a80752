// Pure helpers of the TTS layer: rate mapping, cache keys and paths, voice list parsing, ASCII text.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toAsciiText } from '../../src/tts/ascii-text.js';
import { defaultCacheDir, unitTempPath, unitKey, unitPath } from '../../src/tts/cache.js';
import { parseEspeakVoices } from '../../src/tts/engines/espeak-ng.js';
import { parseFliteVoiceList, fliteVoicesFrom } from '../../src/tts/engines/flite-voices.js';
import { festivalVoiceInfo } from '../../src/tts/engines/festival.js';
import { parseMacVoices } from '../../src/tts/engines/say.js';
import { durationStretch, speedFactor } from '../../src/tts/rate.js';

describe('rate mapping', () => {
  it('stretches to slow down and shrinks to speed up', () => {
    expect(durationStretch(180, null)).toBe(1);
    expect(durationStretch(180, 90)).toBe(2);
    expect(durationStretch(180, 360)).toBe(0.5);
    expect(speedFactor(180, 360)).toBe(2);
    expect(durationStretch(180, 5)).toBe(durationStretch(180, 80));
  });
});

describe('cache naming', () => {
  const base = { engine: 'flite', voice: 'slt', rate: null, spoken: 'Hello.', version: '2.2' };
  const saved = process.env.XDG_CACHE_HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  });
  it('changes the key with every input', () => {
    const k = unitKey(base);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [{ engine: 'espeak-ng' }, { voice: 'rms' }, { rate: 200 }, { spoken: 'Hello!' }, { version: '2.3' }]) {
      expect(unitKey({ ...base, ...change })).not.toBe(k);
    }
    expect(unitPath('/c', k)).toBe(`/c/units/${k.slice(0, 2)}/${k}.wav`);
    expect(path.dirname(unitTempPath(unitPath('/c', k)))).toBe(`/c/units/${k.slice(0, 2)}`);
    expect(unitTempPath('/c/x.wav')).toMatch(/^\/c\/x\.\d+-[0-9a-f]{8}\.tmp\.wav$/);
  });
  it('follows XDG_CACHE_HOME', () => {
    process.env.XDG_CACHE_HOME = '/xdg';
    expect(defaultCacheDir()).toBe('/xdg/briefcast');
    delete process.env.XDG_CACHE_HOME;
    expect(defaultCacheDir()).toMatch(/\.cache\/briefcast$/);
  });
});

describe('voice lists', () => {
  it('parses espeak-ng voices, skipping MBROLA ones', () => {
    const listing = [
      'Pty Language       Age/Gender VoiceName          File                 Other Languages',
      ' 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)',
      ' 5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)',
      ' 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)',
    ].join('\n');
    expect(parseEspeakVoices(listing)).toEqual([
      { id: 'en-gb', name: 'English (Great Britain)', language: 'en-GB', gender: 'male', speaker: 'espeak-en' },
      { id: 'en-us', name: 'English (America)', language: 'en-US', gender: 'male', speaker: 'espeak-en' },
    ]);
  });
  it('shares speaker identities across flite and festival', () => {
    const flite = fliteVoicesFrom(parseFliteVoiceList('Voices available: kal awb_time kal16 awb rms slt \n'));
    expect(flite.map((v) => v.id)).toEqual(['slt', 'rms', 'awb', 'kal16', 'kal']);
    expect(flite.find((v) => v.id === 'slt')!.speaker).toBe(festivalVoiceInfo('cmu_us_slt_arctic_hts').speaker);
    expect(flite.find((v) => v.id === 'kal16')!.speaker).toBe(festivalVoiceInfo('kal_diphone').speaker);
    expect(festivalVoiceInfo('cmu_us_awb_arctic_clunits').speaker).toBe('cmu-awb');
  });
  it('parses macOS say voices', () => {
    const v = parseMacVoices('Samantha            en_US    # Hello, my name is Samantha.\nEddy (English (UK)) en_GB    # Hi\n');
    expect(v.map((x) => [x.id, x.language])).toEqual([
      ['Samantha', 'en-US'],
      ['Eddy (English (UK))', 'en-GB'],
    ]);
  });
});

describe('toAsciiText', () => {
  it('maps typographic punctuation for ASCII engines', () => {
    expect(toAsciiText('It\u2019s \u201Cfine\u201D \u2014 caf\u00E9\u2026')).toBe('It\'s "fine"  -  cafe...');
  });
});

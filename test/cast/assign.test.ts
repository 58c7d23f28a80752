import { describe, expect, it } from 'vitest';
import { assignVoices, type PoolVoice, type SpeakerNeed } from '../../src/cast/assign.js';

const pool: PoolVoice[] = [
  { ref: 'flite:rms', speaker: 'cmu-rms', gender: 'male' },
  { ref: 'espeak-ng:en-us+f2', speaker: 'espeak-en+f2', gender: 'female' },
  { ref: 'flite:awb', speaker: 'cmu-awb', gender: 'male' },
];
const need = (label: string, gender: SpeakerNeed['gender'] = null, named = true): SpeakerNeed => ({ label, gender, named });
const pairs = (...p: Array<[string, string]>) => new Set(p.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

describe('assignVoices', () => {
  it('gives distinct speakers distinct voices, gender-matched', () => {
    const got = assignVoices({ speakers: [need('Tom', 'male'), need('Helen', 'female'), need('Raj', 'male')], adjacent: new Set(), pool, pins: {}, memory: {} });
    expect(Object.fromEntries(got)).toEqual({ Tom: 'flite:rms', Helen: 'espeak-ng:en-us+f2', Raj: 'flite:awb' });
  });

  it('when the pool runs out, neighbours still differ, otherwise the narrator reads', () => {
    const got = assignVoices({
      speakers: [need('Helen', 'female'), need('Linda', 'female'), need('Ann', 'female')],
      adjacent: pairs(['Helen', 'Linda'], ['Ann', 'Helen']),
      pool,
      pins: {},
      memory: {},
    });
    expect(got.get('Helen')).toBe('espeak-ng:en-us+f2');
    expect(got.get('Linda')).toBeNull(); // the only female voice is Helen's, and they follow each other
    expect(got.get('Ann')).toBeNull();
    const shared = assignVoices({ speakers: [need('A', 'male'), need('B', 'male'), need('C', 'male')], adjacent: pairs(['A', 'B'], ['B', 'C']), pool, pins: {}, memory: {} });
    expect(shared.get('C')).toBe(shared.get('A'));
    expect(shared.get('C')).not.toBe(shared.get('B'));
  });

  it('keeps pinned and remembered voices, but never shares one between two people', () => {
    const got = assignVoices({
      speakers: [need('Tom', 'male'), need('Raj', 'male'), need('Ann', 'female')],
      adjacent: new Set(),
      pool,
      pins: { Raj: 'flite:rms' },
      memory: { Tom: 'flite:rms', Ann: 'flite:awb' },
    });
    expect(got.get('Raj')).toBe('flite:rms');
    expect(got.get('Tom')).toBe('flite:awb');
    expect(got.get('Ann')).toBe('espeak-ng:en-us+f2'); // a remembered male voice does not override her gender
  });

  it('does not use remembered voices for unnamed speakers', () => {
    const got = assignVoices({ speakers: [need('one woman', 'female', false)], adjacent: new Set(), pool, pins: {}, memory: { 'one woman': 'flite:rms' } });
    expect(got.get('one woman')).toBe('espeak-ng:en-us+f2');
  });
});

// Over-long sentences become bounded synthesis units, cut at clause boundaries, placed in the plan with their sentence.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/article.js';
import { buildPlan } from '../../src/plan/build.js';
import { pausesFor, PAUSES_MS } from '../../src/plan/pauses.js';
import { toSpoken } from '../../src/text/speakable.js';
import { splitForSynthesis, UNIT_LIMITS } from '../../src/text/synthesis-units.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('splitForSynthesis', () => {
  it('keeps a sentence within the limits whole', () => {
    expect(splitForSynthesis('A short sentence, with a comma.')).toEqual(['A short sentence, with a comma.']);
  });
  it('cuts after a semicolon rather than mid-clause, and the parts give the text back', () => {
    const first = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const second = Array.from({ length: 40 }, (_, i) => `v${i}`).join(' ');
    const text = `${first}; ${second}.`;
    const parts = splitForSynthesis(text);
    expect(parts.join('')).toBe(text);
    expect(parts[0]!.trimEnd().endsWith(';')).toBe(true);
  });
  it('prefers a comma, then a conjunction of the language', () => {
    const run = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`).join(' ');
    const comma = splitForSynthesis(`${run(30, 'a')}, ${run(20, 'b')} and ${run(30, 'c')}`);
    expect(comma[0]!.trimEnd().endsWith(',')).toBe(true);
    const und = splitForSynthesis(`${run(45, 'a')} und ${run(45, 'b')}`, 'de');
    expect(und[1]!.startsWith('und ')).toBe(true);
  });
  it('bounds every unit of a 12,000-word sentence and keeps every word once, in order', () => {
    const text = Array.from({ length: 12_000 }, (_, i) => (i % 17 === 16 ? `word${i},` : `word${i}`)).join(' ');
    const started = process.hrtime.bigint();
    const parts = splitForSynthesis(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(12_000 / UNIT_LIMITS.maxWords);
    for (const p of parts) {
      expect(words(p)).toBeLessThanOrEqual(UNIT_LIMITS.maxWords);
      expect(p.length).toBeLessThanOrEqual(UNIT_LIMITS.maxChars);
      expect(words(p)).toBeGreaterThanOrEqual(UNIT_LIMITS.maxWords / 3 - 1);
    }
    expect(ms).toBeLessThan(5_000);
  });
  it('keeps a word longer than a unit whole, and reads only its first characters', () => {
    const letters = 'x'.repeat(100_000);
    const parts = splitForSynthesis(`a ${letters} b`);
    expect(parts.join('')).toBe(`a ${letters} b`);
    expect(parts.filter((p) => p.includes('x'))).toHaveLength(1);
    const garbage = '1,'.repeat(50_000);
    expect(toSpoken(garbage, {}).length).toBeLessThan(200);
    expect(toSpoken(letters, { language: 'nl' }).length).toBeLessThan(200);
  });
});

describe('the plan places the units of one sentence together', () => {
  const article = (text: string): Article => ({
    title: 'Long sentence', source: 'x.txt', url: null, byline: null, date: null, language: null,
    blocks: [{ kind: 'paragraph', text: `Before it. ${text} After it.` }, { kind: 'paragraph', text: 'The end.' }],
  });
  it('gives the units the sentence placement, so only clause pauses fall inside', () => {
    const sentence = `Then ${Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ')}.`;
    const plan = buildPlan([article(sentence)], { language: 'en', narrator: 'espeak-ng:en-us', rate: null });
    const body = plan.chapters.flatMap((c) => c.segments).filter((s) => s.paragraph === 1);
    const long = body.filter((s) => s.sentence === 1);
    expect(long.length).toBeGreaterThan(500 / UNIT_LIMITS.maxWords);
    expect(long.map((s) => s.text).join('')).toBe(sentence);
    for (const s of long) expect(words(s.spoken)).toBeLessThanOrEqual(UNIT_LIMITS.maxWords * 2);
    const pauses = pausesFor(plan).flat();
    const segments = plan.chapters.flatMap((c) => c.segments);
    segments.forEach((s, i) => {
      if (i > 0 && s.sentence === 1 && segments[i - 1]!.sentence === 1) expect(pauses[i]).toBe(PAUSES_MS.clause);
    });
  });
  it('makes a bounded plan from a 5,000-digit number', () => {
    const plan = buildPlan([article(`The code was ${'4'.repeat(5_000)} in full.`)], { language: 'en', narrator: 'espeak-ng:en-us', rate: null });
    const spoken = plan.chapters.flatMap((c) => c.segments).map((s) => s.spoken).join(' ');
    expect(words(spoken)).toBeLessThan(60);
  });
});

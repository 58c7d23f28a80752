// The intro and outro speak the briefing's language; a language without phrases gets no English framing.
import { describe, expect, it } from 'vitest';
import { withIntroOutro } from '../../src/plan/intro.js';
import type { Plan } from '../../src/plan/schema.js';

const plan = (language: string): Plan => ({
  version: 1, title: 'T', language, rate: null, cast: [],
  articles: [{ title: 'Die Fähre fährt wieder', source: 'a.md', url: null, byline: null, date: null }],
  chapters: [{ title: 'Hafen', article: 0, segments: [{ kind: 'narration', text: 'Hallo.', spoken: 'Hallo.', speaker: null, voice: 'espeak-ng:de', paragraph: 0, sentence: 0 }] }],
});
const date = new Date(2026, 10, 25, 7);

describe('intro and outro by language', () => {
  it('speaks German in a German briefing, the date read the German way', () => {
    const out = withIntroOutro(plan('de'), { intro: true, outro: true, date }).plan;
    expect(out.chapters[0]!.segments[0]!.text).toBe('Ihr Überblick für Mittwoch, 25. November: Die Fähre fährt wieder.');
    expect(out.chapters[0]!.segments[0]!.spoken).toBe('Ihr Überblick für Mittwoch, fünfundzwanzigster November: Die Fähre fährt wieder.');
    expect(out.chapters.at(-1)!.segments[0]!.text).toBe('Das war Ihr Überblick für Mittwoch, 25. November. Danke fürs Zuhören.');
  });
  it('frames nothing in English for a language without phrases', () => {
    const out = withIntroOutro(plan('nl'), { intro: true, outro: true, date }).plan;
    expect(out.chapters[0]!.segments[0]!.text).toBe('woensdag 25 november: Die Fähre fährt wieder.');
    expect(out.chapters.map((c) => c.segments[0]!.text).join(' ')).not.toMatch(/briefing|Thanks/);
  });
});

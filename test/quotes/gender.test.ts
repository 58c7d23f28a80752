// The speaker's gender, one fixture per cue, and how it reaches the plan.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find.js';
import { englishFirstName } from '../../src/quotes/languages/first-names-en.js';
import { buildPlan } from '../../src/plan/build.js';
import { planSchema } from '../../src/plan/schema.js';
import type { Article } from '../../src/ingest/article.js';

const genders = (...paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.speaker, q.gender]);

describe('gender of a speaker', () => {
  it('comes from a pronoun that refers to the speaker', () => {
    // Neither name is in any first-name list: only the pronouns tell.
    expect(genders('Oyinkan Adebayo-Thorne, who chairs the board, spoke first. “We will vote,” she said.')).toEqual([['Oyinkan Adebayo-Thorne', 'female']]);
    expect(genders('“We will vote,” said Tevaite Maraeura, adjusting his glasses.')).toEqual([['Tevaite Maraeura', 'male']]);
  });

  it('comes from an honorific', () => {
    expect(genders('“The figures are wrong,” Ms. Quarshie said.')).toEqual([['Quarshie', 'female']]);
    expect(genders('“The figures are right,” Mr. Quarshie said.')).toEqual([['Quarshie', 'male']]);
    expect(genders('“We have waited long enough,” Mrs. Ndlovu-Hart told the council.')).toEqual([['Ndlovu-Hart', 'female']]);
  });

  it('comes from a relational word', () => {
    expect(genders('Her husband, Kaito Brenner, was at the door. “Come in,” he said.')).toEqual([['Kaito Brenner', 'male']]);
    expect(genders('His wife, Sam Brenner, laughed. “He never listens,” Sam Brenner said.')).toEqual([['Sam Brenner', 'female']]);
    expect(genders('“We lost the roof,” one grandmother said.')).toEqual([['one grandmother', 'female']]);
  });

  it('comes from the first name, and a unisex first name says nothing', () => {
    expect(genders('“Bring water,” said Margaret Ilves.')).toEqual([['Margaret Ilves', 'female']]);
    expect(genders('“Bring water,” said Declan Ilves.')).toEqual([['Declan Ilves', 'male']]);
    expect(genders('“Bring water,” said Jordan Ilves.')).toEqual([['Jordan Ilves', null]]);
    expect(englishFirstName('Pat')).toBeNull();
    expect(englishFirstName('Aoife')).toBe('female');
    expect(englishFirstName('Reilly-ish')).toBeUndefined();
  });

  it('lets an honorific win over the first name', () => {
    expect(genders('“It is settled,” said Mr. Jordan Ilves.')).toEqual([['Jordan Ilves', 'male']]);
  });

  it('is null for the narrator and for a speaker nothing tells', () => {
    expect(genders('“It is settled,” the board said in a statement.')).toEqual([[null, null]]);
    expect(genders('“It is settled,” one resident said.')).toEqual([['one resident', null]]);
  });
});

describe('gender in the plan', () => {
  const article: Article = {
    title: 'Harbour wall',
    source: 'test',
    url: null,
    byline: null,
    date: null,
    language: 'en',
    blocks: [
      { kind: 'paragraph', text: 'Oyinkan Adebayo-Thorne, who chairs the harbour board, spoke first.' },
      { kind: 'paragraph', text: '“We will vote on Monday,” she said. “Nobody else will.”' },
      { kind: 'paragraph', text: '“It is settled,” the board said in a statement.' },
    ],
  };

  it('puts the gender on quote segments only, and the plan stays valid', () => {
    const plan = buildPlan([article], { language: 'en', narrator: 'flite:slt', rate: null });
    const segments = plan.chapters.flatMap((c) => c.segments);
    const quotes = segments.filter((s) => s.kind === 'quote');
    expect(quotes.map((s) => [s.speaker, s.gender])).toEqual([
      ['Oyinkan Adebayo-Thorne', 'female'],
      ['Oyinkan Adebayo-Thorne', 'female'],
      [null, undefined],
    ]);
    expect(segments.filter((s) => s.kind === 'narration').every((s) => !('gender' in s))).toBe(true);
    expect(planSchema.safeParse(plan).success).toBe(true);
    // A plan written before the field existed is still valid.
    const old = JSON.parse(JSON.stringify(plan)) as typeof plan;
    for (const s of old.chapters.flatMap((c) => c.segments)) delete s.gender;
    expect(planSchema.safeParse(old).success).toBe(true);
  });
});

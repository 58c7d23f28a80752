import { describe, expect, it } from 'vitest';
import { findPeople, genderOfLabel } from '../../src/quotes/people.js';

describe('findPeople', () => {
  it('strips titles, unifies later mentions and reads gender', () => {
    const people = findPeople([
      'Foreign Minister Katrin Adler of Nordland met her counterpart, Jonas Petrov, in Geneva.',
      'Ms. Adler said little. Later, Mr. Petrov and President Elena Moser spoke. Adler left first.',
    ]);
    expect(people.persons.map((p) => [p.name, p.gender])).toEqual([
      ['Katrin Adler', 'female'],
      ['Jonas Petrov', 'male'],
      ['Elena Moser', 'female'],
    ]);
    expect(people.persons[0]!.titles).toEqual(['foreign minister', 'ms']);
    expect(people.mentions.filter((m) => m.person === 0).map((m) => m.text)).toEqual(['Foreign Minister Katrin Adler', 'Ms. Adler', 'Adler']);
  });

  it('skips organisations, places and ignored ranges', () => {
    const text = 'Brenner Motors and the Harlow Privacy Coalition met in Geneva. "Ask Tom Smith," said Anna Kowalczyk, a welder.';
    const people = findPeople([text], { ignore: [{ paragraph: 0, start: text.indexOf('"'), end: text.indexOf(',"') + 2 }] });
    expect(people.persons.map((p) => p.name)).toEqual(['Anna Kowalczyk']);
  });

  it('tells gender from a name or a description alone', () => {
    expect(genderOfLabel('Helen Carver')).toBe('female');
    expect(genderOfLabel('a spokesman for Mr. Lind')).toBe('male');
    expect(genderOfLabel('protesters')).toBeNull();
  });
});

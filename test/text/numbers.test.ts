// Numbers, symbols and abbreviations as a newsreader reads them (issue 13), in English and by region.
import { describe, expect, it } from 'vitest';
import { toSpoken } from '../../src/text/speakable.js';

const say = (text: string, language = 'en') => toSpoken(text, { language });

describe('ranges', () => {
  it.each([
    ['Prices rose 3-4% last year', 'Prices rose three to four percent last year'],
    ['the 2023-24 season', 'the twenty twenty-three to twenty-four season'],
    ['the 1998-99 season', 'the nineteen ninety-eight to ninety-nine season'],
    ['open 10–12 p.m. daily', 'open ten to twelve P M daily'],
    ['from 10 - 12 a.m.', 'from ten to twelve A M.'],
    ['1.5-2.5 meters', 'one point five to two point five meters'],
    ['a 3-1 win', 'a three-one win'],
  ])('%s', (input, expected) => expect(say(input)).toBe(expected));
});

describe('dates with slashes follow the region', () => {
  it('reads month first in en-US and day first in en-GB', () => {
    expect(say('on 12/05/2024', 'en-US')).toBe('on December fifth, twenty twenty-four');
    expect(say('on 12/05/2024', 'en-GB')).toBe('on the twelfth of May, twenty twenty-four');
    expect(say('on 12/05/2024', 'en')).toBe('on December fifth, twenty twenty-four');
  });
  it('takes the other order when only that one is a date', () => {
    expect(say('on 25/12/2024', 'en-US')).toBe('on December twenty-fifth, twenty twenty-four');
    expect(say('on 5/25/2024', 'en-GB')).toBe('on the twenty-fifth of May, twenty twenty-four');
  });
  it('reads ISO dates', () => {
    expect(say('on 2024-05-12', 'en-GB')).toBe('on the twelfth of May, twenty twenty-four');
  });
  it('leaves impossible dates as numbers', () => {
    expect(say('code 45/67/2024', 'en')).not.toMatch(/December|May/);
  });
});

describe('slashes, fractions and ratios', () => {
  it.each([
    ['open 24/7', 'open twenty-four seven'],
    ['since 9/11', 'since nine eleven'],
    ['2/3 of voters', 'two thirds of voters'],
    ['1/2 a mile', 'one half a mile'],
    ['3/4 of them', 'three quarters of them'],
    ['a 50/50 chance', 'a fifty-fifty chance'],
    ['a 1:3 ratio', 'a one to three ratio'],
    ['won 2:1', 'won two to one'],
    ['at 14:30', 'at fourteen thirty'],
  ])('%s', (input, expected) => expect(say(input)).toBe(expected));
});

describe('negative numbers and temperatures', () => {
  it.each([
    ['It was -5°C overnight', 'It was minus five degrees Celsius overnight'],
    ['a low of −12 °F', 'a low of minus twelve degrees Fahrenheit'],
    ['from -3 to 4 percent', 'from minus three to four percent'],
    ['COVID-19 cases', 'COVID-nineteen cases'],
  ])('%s', (input, expected) => expect(say(input)).toBe(expected));
});

describe('phone numbers are read digit by digit', () => {
  it.each([
    ['Call +1 (555) 123-4567 now', 'Call plus one, five five five, one two three, four five six seven now'],
    ['Call 555-123-4567.', 'Call five five five, one two three, four five six seven.'],
    ['Ring 020 7946 0958 today', 'Ring zero two zero, seven nine four six, zero nine five eight today'],
    ['phone 912 345 678', 'phone nine one two, three four five, six seven eight'],
  ])('%s', (input, expected) => expect(say(input)).toBe(expected));
});

describe('very long digit strings are bounded', () => {
  it('reads a 5,000-digit number as its first digits and a count, not minutes of digits', () => {
    const spoken = say(`The key is ${'7'.repeat(5000)} exactly.`);
    expect(spoken).toContain('and four thousand nine hundred eighty-eight more digits');
    expect(spoken.split(' ').length).toBeLessThan(30);
  });
  it('reads 16 to 30 digits in groups of three', () => {
    expect(say('code 1234567890123456')).toBe('code one two three, four five six, seven eight nine, zero one two, three four five, six');
  });
  it('bounds a long grouped number too', () => {
    expect(say('1,000,000,000,000,000,000 stars').split(' ').length).toBeLessThan(30);
  });
});

describe('citations and abbreviations', () => {
  it.each([
    ['built c. 1900', 'built circa nineteen hundred'],
    ['see Vol. 3, No. 5', 'see volume three, number five'],
    ['on pp. 12-14', 'on pages twelve to fourteen'],
    ['in Fig. 2 and ch. 4', 'in figure two and chapter four'],
    ['Smith et al. found', 'Smith and others found'],
    ['the #1 seed', 'the number one seed'],
  ])('%s', (input, expected) => expect(say(input)).toBe(expected));
});

describe('emoji', () => {
  it('drops emoji, skin tones, flags and joined sequences', () => {
    expect(say('Great news 🎉🎉! 👍🏽 Team 🇺🇦 👨‍👩‍👧 wins')).toBe('Great news ! Team wins');
  });
  it('keeps letters and digits next to them', () => {
    expect(say('5🔥stars')).toBe('five stars');
  });
});

import { describe, expect, it } from 'vitest';
import { toSpoken } from '../../src/text/speakable.js';
import { applyLexicon, compileLexicon, defaultLexicon, loadLexicon, parseLexicon } from '../../src/text/lexicon.js';
import { cardinal, ordinal, year } from '../../src/text/number-words.js';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const say = (text: string) => toSpoken(text);

describe('toSpoken typography', () => {
  it('turns curly apostrophes and quotes into ASCII', () => {
    expect(say('Ukraine’s “army”')).toBe(`Ukraine's "army"`);
  });
  it('reads dashes as pauses and dash ranges as "to"', () => {
    expect(say('The city — calm — waited')).toBe('The city, calm, waited');
    expect(say('in 2010–2014')).toBe('in twenty ten to twenty fourteen');
  });
  it('keeps ellipses as three dots and removes non-breaking and invisible spaces', () => {
    expect(say('Wait…\u00A0now\u200B')).toBe('Wait... now');
  });
  it('reads censored words as the letter and "blank"', () => {
    expect(say('Putin is a d—head')).toBe('Putin is a D blank head');
    expect(say('What the f— was that')).toBe('What the F blank was that');
  });
});

describe('toSpoken numbers and symbols', () => {
  const cases: Array<[string, string]> = [
    ['100,000 new troops', 'one hundred thousand new troops'],
    ['$14.5 million', 'fourteen point five million dollars'],
    ['£3.50', 'three pounds and fifty pence'],
    ['40% of voters', 'forty percent of voters'],
    ['1.2 meters', 'one point two meters'],
    ['5 km away', 'five kilometers away'],
    ['at 2 p.m. local time', 'at two P M local time'],
    ['The talks began at 2:30 p.m.', 'The talks began at two thirty P M.'],
    ['on March 1, 2022', 'on March first, twenty twenty-two'],
    ['on Feb. 28', 'on February twenty-eighth'],
    ['on 1 March', 'on the first of March'],
    ['the 23rd brigade', 'the twenty-third brigade'],
    ['in 1998 and 2005', 'in nineteen ninety-eight and two thousand five'],
    ['the 1990s', 'the nineteen nineties'],
    ['5-10 times', 'five to ten times'],
    ['a 23-year-old', 'a twenty-three-year-old'],
  ];
  for (const [input, expected] of cases) {
    it(input, () => expect(say(input)).toBe(expected));
  }
  it('says NATO as a word and spells BBC, RIA and U.S.', () => {
    expect(say('NATO, the BBC, RIA and the U.S. Army')).toBe('NATO, the B B C, R I A and the U S Army');
  });
  it('reads roman numerals after names and wars', () => {
    expect(say('Queen Elizabeth II outlived World War II')).toBe('Queen Elizabeth the second outlived World War two');
  });
  it('keeps the sentence period after a final abbreviation', () => {
    expect(say('Aid came from the U.S.')).toBe('Aid came from the U S.');
  });
  it('reads titles in full', () => {
    expect(say('Mr. Lee met Dr. Park in St. Petersburg')).toBe('Mister Lee met Doctor Park in Saint Petersburg');
  });
  it('reads URLs and e-mail addresses briefly', () => {
    expect(say('Visit https://www.example.com/news/a?b=1 now.')).toBe('Visit example dot com now.');
    expect(say('Mail tips@example.org.')).toBe('Mail tips at example dot org.');
  });
  it('has number words for large and odd values', () => {
    expect(cardinal('1000001')).toBe('one million one');
    expect(ordinal('12')).toBe('twelfth');
    expect(ordinal('40')).toBe('fortieth');
    expect(year('1905')).toBe('nineteen oh five');
    expect(year('1900')).toBe('nineteen hundred');
  });
});

describe('lexicon', () => {
  const lex = compileLexicon(parseLexicon('Kyiv = Keev\nnato = nay toe\n# comment\nXi Jinping = Shee Jinping\n'));
  it('applies on word boundaries only', () => {
    expect(applyLexicon('Kyiv and Kyivan and Kyiv’s', lex)).toBe('Keev and Kyivan and Keev’s');
  });
  it('is case-aware: capitalised entries match their case, lower-case entries any case', () => {
    expect(applyLexicon('KYIV kyiv Kyiv', lex)).toBe('KYIV kyiv Keev');
    expect(applyLexicon('NATO Nato', lex)).toBe('nay toe nay toe');
  });
  it('matches phrases', () => {
    expect(applyLexicon('President Xi  Jinping said', lex)).toBe('President Shee Jinping said');
  });
  it('is used by toSpoken before numbers are expanded', () => {
    expect(toSpoken('Kyiv’s 2 sites', { lexicon: lex })).toBe("Keev's two sites");
  });
  it('ships a default with news names', () => {
    expect(toSpoken('Kyiv', { lexicon: defaultLexicon() })).not.toBe('Kyiv');
  });
  it('loads a user file on top of the default, the user winning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lex-'));
    const file = path.join(dir, 'my.txt');
    await writeFile(file, 'Kyiv = Kee iv\nBriefcast = Brief cast\n');
    const merged = await loadLexicon([file]);
    expect(applyLexicon('Kyiv Briefcast Kharkiv', merged)).toBe(`Kee iv Brief cast ${applyLexicon('Kharkiv', defaultLexicon())}`);
  });
  it('rejects a malformed line with its line number', () => {
    expect(() => parseLexicon('Kyiv = Keev\nbroken line', 'my.txt')).toThrow(/my\.txt:2/);
  });
  it('rejects a missing file as a UserError', async () => {
    await expect(loadLexicon(['/nonexistent/lexicon.txt'])).rejects.toThrow(/cannot read/);
  });
});

// Lexicon entries match inflected forms, respellings are never normalized again, and each language has its own default.
import { describe, expect, it } from 'vitest';
import { applyLexicon, compileLexicon, defaultLexicon, parseLexicon } from '../../src/text/lexicon.js';
import { toSpoken } from '../../src/text/speakable.js';

const lex = compileLexicon(parseLexicon('Belarusian = Bella Russian\nsleeper car = SLEEPER-CAR\nKyiv = Keev\nMr Kim = Mister KIM\n'));
const say = (text: string, language = 'en') => toSpoken(text, { lexicon: lex, language });

describe('inflected forms', () => {
  it('matches the plural and possessive of an entry', () => {
    expect(applyLexicon('Belarusians and a Belarusian’s view', lex)).toBe('Bella Russians and a Bella Russian’s view');
    expect(say('Two Belarusians spoke.')).toBe('Two Bella Russians spoke.');
  });
  it('does not match other words that start with an entry', () => {
    expect(applyLexicon('Kyivan and Kyivskyi', lex)).toBe('Kyivan and Kyivskyi');
  });
  it('takes the endings of the text language', () => {
    const de = compileLexicon(parseLexicon('Selenskyj = Selenski\n'));
    expect(toSpoken('Selenskyjs Rede', { lexicon: de, language: 'de' })).toBe('Selenskis Rede');
    expect(toSpoken('Selenskyjs Rede', { lexicon: de, language: 'it' })).toBe('Selenskyjs Rede');
  });
});

describe('respellings are final', () => {
  it('never spells a capitalized respelling as letters', () => {
    expect(say('The sleeper car left.')).toBe('The SLEEPER-CAR left.');
    expect(say('Two sleeper cars left.')).toBe('Two SLEEPER-CARs left.');
  });
  it('keeps a respelling out of the shouting-headline rule and next to expanded numbers', () => {
    expect(say('THE SLEEPER CAR LEFT AT 9 PM TODAY')).toMatch(/SLEEPER-CAR/);
    expect(say('Mr Kim came at 9 p.m. with 3 sleeper cars')).toBe('Mister KIM came at nine P M with three SLEEPER-CARs');
  });
  it('still lets a title before a protected name be read in full', () => {
    expect(say('Mr. Kyiv spoke')).toBe('Mister Keev spoke');
  });
});

describe('default lexicon per language', () => {
  it('applies the English respellings to English only', () => {
    expect(toSpoken('Kyiv', { lexicon: defaultLexicon('en'), language: 'en' })).not.toBe('Kyiv');
    expect(defaultLexicon('de').entries).toEqual([]);
  });
  it('refuses an entry too long to be a word, with its line and a short message', () => {
    let message = '';
    try {
      parseLexicon(`Kyiv = Keev\n${'x'.repeat(40_000)} = y\n`, 'my.txt');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^my\.txt:2: an entry longer than 200 characters/);
    expect(message.length).toBeLessThan(200);
  });
});

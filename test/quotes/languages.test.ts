// Quotes in German, French, Spanish, Italian and Portuguese: their marks and reporting verbs (sagte, a déclaré, dijo, ha detto, disse).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find.js';
import { QUOTE_LANGUAGES } from '../../src/quotes/languages/other-languages.js';

const speakers = (paragraphs: string[], language: string) => findQuotes(paragraphs, { language }).map((q) => [paragraphs[q.paragraph]!.slice(q.start, q.end), q.speaker]);

describe('quotes by language', () => {
  it('German: „…“ and "sagte", the speaker after the verb', () => {
    expect(speakers(['„Wir sind erleichtert“, sagte Hafenmeisterin Anna Keller.'], 'de')).toEqual([['„Wir sind erleichtert“', 'Anna Keller']]);
    expect(speakers(['„Wir bleiben“, erklärte Bürgermeister Jonas Weber am Montag.'], 'de')).toEqual([['„Wir bleiben“', 'Jonas Weber']]);
  });
  it('French: spaced guillemets and "a déclaré"', () => {
    expect(speakers(['« Nous attendons douze mille voyageurs », a déclaré Bernard Petit.'], 'fr')).toEqual([['« Nous attendons douze mille voyageurs »', 'Bernard Petit']]);
  });
  it('Spanish: "dijo" before or after the name', () => {
    expect(speakers(['"Es un día histórico", dijo Carmen López.'], 'es')).toEqual([['"Es un día histórico"', 'Carmen López']]);
    expect(speakers(['«Vamos a seguir», afirmó la ministra Ana Ruiz.'], 'es')).toEqual([['«Vamos a seguir»', 'Ana Ruiz']]);
  });
  it('Italian: "ha detto"', () => {
    expect(speakers(['"Abbiamo restaurato le navi", ha detto Marco Bianchi.'], 'it')).toEqual([['"Abbiamo restaurato le navi"', 'Marco Bianchi']]);
  });
  it('Portuguese: "disse"', () => {
    expect(speakers(['"Esta obra mudará a cidade", disse Helena Costa.'], 'pt')).toEqual([['"Esta obra mudará a cidade"', 'Helena Costa']]);
  });
  it('keeps every language profile in the shape of the quote finder (marks, verbs, pronouns, titles)', () => {
    for (const [code, data] of Object.entries(QUOTE_LANGUAGES)) {
      expect(data.code).toBe(code);
      expect(data.reportingVerbs.size).toBeGreaterThan(20);
      expect(Object.keys(data.quotePairs).length).toBeGreaterThan(2);
      expect(Object.keys(data.subjectPronouns).length).toBeGreaterThan(1);
      for (const w of data.reportingVerbs) expect(w).toBe(w.toLowerCase());
    }
  });
});

// Reading rules per language: German, French, Spanish, Italian, Portuguese, and the fallback for a language without rules.
import { describe, expect, it } from 'vitest';
import { toSpoken } from '../../src/text/speakable.js';
import { canonicalLanguage, chooseLanguage, rulesFor } from '../../src/text/languages/index.js';

const say = (language: string, text: string) => toSpoken(text, { language });
/** English number words that must never appear in another language's reading. */
const ENGLISH_NUMBERS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|million|percent)\b/i;

const cases: Record<string, Array<[string, string]>> = {
  de: [
    ['Am 12.05.2024 begann es.', 'Am zwölften Mai zweitausendvierundzwanzig begann es.'],
    ['Der 3. Oktober ist ein Feiertag.', 'Der dritte Oktober ist ein Feiertag.'],
    ['Berlin, 3. Oktober 1990', 'Berlin, dritter Oktober neunzehnhundertneunzig'],
    ['Um 14:30 Uhr und um 9 Uhr', 'Um vierzehn Uhr dreißig und um neun Uhr'],
    ['Die Preise stiegen um 3-4 %.', 'Die Preise stiegen um drei bis vier Prozent.'],
    ['Es kamen 1.500 Menschen, 3,5 Prozent mehr.', 'Es kamen eintausendfünfhundert Menschen, drei Komma fünf Prozent mehr.'],
    ['Es kostete 2,5 Mio. € und 39,50 €.', 'Es kostete zwei Komma fünf Millionen Euro und neununddreißig Euro fünfzig.'],
    ['Bei -5 °C und 1 %', 'Bei minus fünf Grad Celsius und ein Prozent'],
    ['etwa 2/3 der Zeit, 24/7', 'etwa zwei Drittel der Zeit, vierundzwanzig sieben'],
    ['Die Saison 2023/24 endete 2:1.', 'Die Saison zweitausenddreiundzwanzig bis vierundzwanzig endete zwei zu eins.'],
    ['Seit den 1990er Jahren, im 19. Jahrhundert', 'Seit den neunzehnhundertneunziger Jahren, im neunzehnten Jahrhundert'],
    ['Dr. Keller, z. B. Nr. 4, usw.', 'Doktor Keller, zum Beispiel Nummer vier, und so weiter.'],
    ['Telefon 030 1234567', 'Telefon null drei null, eins zwei drei vier fünf sechs sieben'],
  ],
  fr: [
    ['Le 12/05/2024 à 14h30', 'Le douze mai deux mille vingt-quatre à quatorze heures trente'],
    ['Le 1er mai, le XXIe siècle', 'Le premier mai, le vingt et unième siècle'],
    ['12 000 habitants, soit 3,5 %', 'douze mille habitants, soit trois virgule cinq pour cent'],
    ['2,5 millions d’euros et 1,90 €', "deux virgule cinq millions d'euros et un euro quatre-vingt-dix"],
    ['Il fait -2 °C, 2/3 des votes', 'Il fait moins deux degrés Celsius, deux tiers des votes'],
    ['M. Petit et Mme Durand', 'Monsieur Petit et Madame Durand'],
    ['Score 3:1, hausse de 10-12 %', 'Score trois à un, hausse de dix à douze pour cent'],
  ],
  es: [
    ['El 12/05/2024 a las 14:30', 'El doce de mayo de dos mil veinticuatro a las catorce treinta'],
    ['Cuesta 49,90 €, un 15 %', 'Cuesta cuarenta y nueve euros con noventa, un quince por ciento'],
    ['Invirtió 2,5 millones €', 'Invirtió dos coma cinco millones de euros'],
    ['El siglo XXI, el 1.er vagón, la 2.ª planta', 'El siglo veintiuno, el primer vagón, la segunda planta'],
    ['La Sra. López llegó a EE. UU.', 'La señora López llegó a Estados Unidos.'],
    ['A -3 °C, 2/3 del precio', 'A menos tres grados Celsius, dos tercios del precio'],
  ],
  it: [
    ['Il 1° maggio alle 10.30', 'Il primo maggio alle dieci e trenta'],
    ['Il 12/05/2024 costava 12,50 €', 'Il dodici maggio duemilaventiquattro costava dodici euro e cinquanta'],
    ['Costati 3,2 mln €, il 7 %', 'Costati tre virgola due milioni di euro, il sette per cento'],
    ['Navi del XVIII secolo, 2/3 del prezzo', 'Navi del diciottesimo secolo, due terzi del prezzo'],
    ['Il Sig. Rossi e la Dott.ssa Bianchi', 'Il signor Rossi e la dottoressa Bianchi'],
  ],
  pt: [
    ['No dia 25/04/2024, às 9h30', 'No dia vinte e cinco de abril de dois mil e vinte e quatro, às nove horas e trinta'],
    ['Investiu 4,5 milhões €, 20 %', 'Investiu quatro vírgula cinco milhões de euros, vinte por cento'],
    ['A Dra. Costa, no século XXI', 'A doutora Costa, no século vinte e um'],
    ['1 500 ciclistas, -2 °C', 'mil quinhentos ciclistas, menos dois graus Celsius'],
  ],
  'pt-BR': [
    ['16 pessoas pagaram R$ 3,50', 'dezesseis pessoas pagaram três reais e cinquenta'],
    ['Custou 1.000.000.000 reais', 'Custou um bilhão reais'],
  ],
};

describe.each(Object.entries(cases))('%s', (language, table) => {
  it.each(table)('%s', (input, expected) => {
    const spoken = say(language, input);
    expect(spoken).toBe(expected);
    expect(spoken).not.toMatch(ENGLISH_NUMBERS);
  });
  it('bounds a very long digit string in its own words', () => {
    const spoken = say(language, `Code ${'3'.repeat(5000)}.`);
    expect(spoken.split(' ').length).toBeLessThan(40);
    expect(spoken).not.toMatch(ENGLISH_NUMBERS);
  });
});

describe('a language without rules', () => {
  it('leaves digits to the engine and never says English words', () => {
    expect(say('nl', 'Op 12-05-2024 om 14:30 kwamen 1.500 mensen, 3,5% meer.')).toBe('Op 12-05-2024 om 14:30 kwamen 1.500 mensen, 3,5% meer.');
    expect(say('sv', '1 000 personer -5°C')).not.toMatch(ENGLISH_NUMBERS);
  });
  it('still bounds very long digit runs and shortens web addresses', () => {
    const spoken = say('nl', `Nummer ${'9'.repeat(5000)} op https://www.example.nl/a/b?c=1 nu`);
    expect(spoken).toBe('Nummer 999 999 999 999 ... op example.nl nu');
  });
  it('drops emoji', () => {
    expect(say('nl', 'Goed 🎉 nieuws')).toBe('Goed nieuws');
  });
});

describe('language tags', () => {
  it('canonicalizes tags and refuses what is not one', () => {
    expect(canonicalLanguage('de_de')).toBe('de-DE');
    expect(canonicalLanguage('PT-br')).toBe('pt-BR');
    expect(canonicalLanguage('not a tag')).toBeNull();
  });
  it('chooses --lang, else the declared language, else English', () => {
    expect(chooseLanguage('fr', ['de'])).toBe('fr');
    expect(chooseLanguage(undefined, [null, 'de-AT'])).toBe('de-AT');
    expect(chooseLanguage(undefined, [null, 'bogus tag'])).toBe('en');
    expect(() => chooseLanguage('??', [])).toThrow(/not a language tag/);
  });
  it('takes separators and date order from the region', () => {
    expect(rulesFor('es-MX')!.words.point).toBe('punto');
    expect(rulesFor('es-ES')!.words.point).toBe('coma');
    expect(say('es-MX', 'Subió 3.5 %')).toBe('Subió tres punto cinco por ciento');
    expect(say('de-CH', "Es kamen 1'500 Menschen")).toBe('Es kamen eintausendfünfhundert Menschen');
    expect(rulesFor('nl')).toBeNull();
  });
});

// Sentence rules per language: abbreviations, German ordinals, quote marks of each language.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const cases: Array<[string, string, string, string[]]> = [
  ['de', 'ordinal before a month', 'Am 3. Oktober feierten sie. Dann gingen alle.', ['Am 3. Oktober feierten sie.', 'Dann gingen alle.']],
  ['de', 'number ending a sentence', 'Er wurde Dritter mit Platz 3. Dann fuhr er heim.', ['Er wurde Dritter mit Platz 3.', 'Dann fuhr er heim.']],
  ['de', 'spaced abbreviation', 'Es kamen viele, z. B. Schüler aus Kiel. Alle froren.', ['Es kamen viele, z. B. Schüler aus Kiel.', 'Alle froren.']],
  ['de', 'Dr. and Nr.', 'Dr. Keller wohnt in Nr. 4. Sie kam spät.', ['Dr. Keller wohnt in Nr. 4.', 'Sie kam spät.']],
  ['de', 'German quotes', '„Wir gehen.“ Dann schwieg sie. „Morgen kommen wir wieder.“', ['„Wir gehen.“', 'Dann schwieg sie.', '„Morgen kommen wir wieder.“']],
  ['de', 'Mio. before a noun', 'Es kostete 2,5 Mio. Euro. Das war viel.', ['Es kostete 2,5 Mio. Euro.', 'Das war viel.']],
  ['fr', 'guillemets with spaces', '« Nous partons. » Il sortit. « Pourquoi ? » demanda-t-elle.', ['« Nous partons. »', 'Il sortit.', '« Pourquoi ? » demanda-t-elle.']],
  ['fr', 'spaced question mark', 'Quoi ? Il est parti. M. Petit le savait.', ['Quoi ?', 'Il est parti.', 'M. Petit le savait.']],
  ['fr', 'av. J.-C.', 'Rome fut fondée en 753 av. J.-C. selon la légende. Elle grandit.', ['Rome fut fondée en 753 av. J.-C. selon la légende.', 'Elle grandit.']],
  ['es', 'inverted marks', 'Llegó tarde. ¿Por qué? ¡Nadie lo sabe! La Sra. López calló.', ['Llegó tarde.', '¿Por qué?', '¡Nadie lo sabe!', 'La Sra. López calló.']],
  ['es', 'EE. UU.', 'Viajó a EE. UU. el lunes. Volvió el martes.', ['Viajó a EE. UU. el lunes.', 'Volvió el martes.']],
  ['it', 'Sig. and Dott.', 'Il Sig. Rossi parlò con il Dott. Bianchi. Poi uscì.', ['Il Sig. Rossi parlò con il Dott. Bianchi.', 'Poi uscì.']],
  ['pt', 'Sr. and Dra.', 'O Sr. Silva falou com a Dra. Costa. Depois saiu.', ['O Sr. Silva falou com a Dra. Costa.', 'Depois saiu.']],
  ['nl', 'a language without rules still splits', 'Hij kwam. Zij ging.', ['Hij kwam.', 'Zij ging.']],
];

describe.each(cases)('splitSentences %s: %s', (language, _name, input, expected) => {
  it('splits as a reader would', () => {
    const parts = splitSentences(input, language);
    expect(parts).toEqual(expected);
    expect(parts.join(' ')).toBe(input);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const cases: Array<[string, string, string[]]> = [
  ['titles', 'Mr. Zelensky spoke to Dr. Ivanova. She agreed.', ['Mr. Zelensky spoke to Dr. Ivanova.', 'She agreed.']],
  ['p.m. mid-sentence', 'The talks began shortly before 2 p.m. local time on Monday.', ['The talks began shortly before 2 p.m. local time on Monday.']],
  ['p.m. at the end', 'The talks began at 2 p.m. The delegations sat down.', ['The talks began at 2 p.m.', 'The delegations sat down.']],
  ['U.S. before a name', 'The U.S. State Department said so. Nobody replied.', ['The U.S. State Department said so.', 'Nobody replied.']],
  ['U.S. at the end', 'Aid came from the U.S. The rest came from Europe.', ['Aid came from the U.S.', 'The rest came from Europe.']],
  ['St.', 'He flew to St. Petersburg on Friday. It rained.', ['He flew to St. Petersburg on Friday.', 'It rained.']],
  ['initials', 'The novel by J. K. Rowling sold well. Franklin D. Roosevelt did not read it.', ['The novel by J. K. Rowling sold well.', 'Franklin D. Roosevelt did not read it.']],
  ['decimals', 'Growth was 2.5 percent. Inflation hit 3.1 percent.', ['Growth was 2.5 percent.', 'Inflation hit 3.1 percent.']],
  ['closing quote ends the sentence', '“We will fight to the last one.” She paused. “And we will win.”', ['“We will fight to the last one.”', 'She paused.', '“And we will win.”']],
  ['quote then attribution', '“We’re not going anywhere,” said Valeria. “I was born here.”', ['“We’re not going anywhere,” said Valeria.', '“I was born here.”']],
  ['question inside a quote with attribution', '“Why now?” she asked. Nobody knew.', ['“Why now?” she asked.', 'Nobody knew.']],
  ['ellipsis ending a sentence', 'He waited… Then the phone rang.', ['He waited…', 'Then the phone rang.']],
  ['ellipsis inside a sentence', 'He said he would... maybe come later.', ['He said he would... maybe come later.']],
  ['exclamation', 'Stop! Go back.', ['Stop!', 'Go back.']],
  ['one word', 'Hello', ['Hello']],
];

describe('splitSentences', () => {
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(splitSentences(input)).toEqual(expected);
    });
  }

  it('gives back the normalized paragraph when joined', () => {
    const para = '  The  talks, held at 2 p.m.,\n ended.  “Fine,” he said.\tMr. Lee left…   Then silence. ';
    const parts = splitSentences(para);
    expect(parts.join(' ')).toBe(para.replace(/\s+/g, ' ').trim());
    expect(parts.length).toBe(4);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n ')).toEqual([]);
  });
});

// One short fixture per attribution pattern of issue 12 §1 (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find.js';

/** [quoted text, speaker] of each found quote. */
function quotes(...paragraphs: string[]): Array<[string, string | null]> {
  return findQuotes(paragraphs).map((q) => [paragraphs[q.paragraph]!.slice(q.start, q.end), q.speaker]);
}
const speakers = (...paragraphs: string[]) => quotes(...paragraphs).map((q) => q[1]);

describe('the speaker phrase', () => {
  it('takes the head of the subject phrase, not a name that modifies it', () => {
    expect(speakers('“We are pleased,” Ostrander lawyer Mina Kohl said.')).toEqual(['Mina Kohl']);
    expect(speakers('“The mayor will decide,” said Vance spokesman Theo Marsh.')).toEqual(['Theo Marsh']);
  });

  it('strips titles and tags and keeps suffixes, apostrophes and particles', () => {
    expect(speakers('“We will vote no,” said Del. Rosa Ilve.')).toEqual(['Rosa Ilve']);
    expect(speakers('“It passes,” said Lt. Gov. Amos Quill.')).toEqual(['Amos Quill']);
    expect(speakers('“No comment,” White House Press Secretary Dana Whitlock told reporters.')).toEqual(['Dana Whitlock']);
    expect(speakers('“It is a bad bill,” said Rep. J.D. Farrow (R-Ohio), who voted against it.')).toEqual(['J.D. Farrow']);
    expect(speakers('“We lost,” said Carl Pettit Jr., the team owner.')).toEqual(['Carl Pettit Jr.']);
    expect(speakers('“Go home,” said Sean O’Neill.', '“Not yet,” said Maeve O\'Neill.')).toEqual(['Sean O’Neill', "Maeve O'Neill"]);
    expect(speakers('“The river rose,” said Lucas van der Berg.', '“It fell,” said Ana de la Cruz.', '“We wait,” said Omar al-Hadi.')).toEqual([
      'Lucas van der Berg',
      'Ana de la Cruz',
      'Omar al-Hadi',
    ]);
  });

  it('reads a subject longer than eight words up to its apposition', () => {
    expect(speakers('“The tide will not wait,” Ewan Roe, the veteran lock keeper of the upper canal district, said.')).toEqual(['Ewan Roe']);
  });

  it('lets an apposition name the person', () => {
    expect(speakers('One of the cooks, 41-year-old Petra Lind, stayed all night. “We had bread,” she said.')).toEqual(['Petra Lind']);
    expect(speakers('Her brother, the carpenter Iker Sola, was calmer.', '“We will rebuild the shed,” he told the meeting.')).toEqual(['Iker Sola']);
  });
});

describe('which verb', () => {
  it('takes the nearest reporting verb and never crosses a sentence end', () => {
    expect(speakers('Noor Haddad spoke first. “We are ready.” The crowd cheered.')).toEqual([null]);
    expect(speakers('“We are ready,” Noor Haddad said after the crowd cheered.')).toEqual(['Noor Haddad']);
  });

  it('accepts any verb in the frame “…,” Name verbed.', () => {
    expect(speakers('“This is outrageous,” Wendell Ames fumed.')).toEqual(['Wendell Ames']);
    expect(speakers('“Please stay,” Clara Voss implored.')).toEqual(['Clara Voss']);
    expect(speakers('“We won!” Clara Voss blurted out.')).toEqual(['Clara Voss']);
  });

  it('reads participle, colon and inverted frames', () => {
    expect(speakers('Ida Brandt attacked the plan, saying, “It is a gift to developers.”')).toEqual(['Ida Brandt']);
    expect(speakers('As Ida Brandt admits: “I was wrong.”')).toEqual(['Ida Brandt']);
    expect(speakers('Ida Brandt has a new message: “Trust the process.”')).toEqual(['Ida Brandt']);
    expect(speakers('Said Ida Brandt: “We start on Monday.”')).toEqual(['Ida Brandt']);
  });

  it('reads round-up lists and reader bylines', () => {
    expect(speakers('Oskar Lind, Harbour Weekly: “A fair deal.”', 'Maja Ek, Radio North: “Too little, too late.”')).toEqual(['Oskar Lind', 'Maja Ek']);
    expect(speakers('“Bring back the bus.” ― Hollis Crane, Eastfield')).toEqual(['Hollis Crane']);
  });

  it('gives a woven fragment to the subject of its reporting verb, and a short one to nobody', () => {
    expect(quotes('Mayor Ruth Alder said the repairs would take “a very long time” to finish.')).toEqual([['“a very long time”', 'Ruth Alder']]);
    expect(quotes('The plan was called “bold” by some.')).toEqual([]);
  });
});

describe('who is a person', () => {
  it('takes a rare first name in attribution position', () => {
    expect(speakers('“Nobody told us,” Zyanya said.')).toEqual(['Zyanya']);
  });

  it('never makes a person of a place or a country', () => {
    expect(speakers('North Korea might test again, Ruth Alder said. “We are watching,” she said.')).toEqual(['Ruth Alder']);
  });

  it('leaves organisations to the narrator', () => {
    expect(speakers('“We regret the delay,” the Harbour Transit Authority said in a statement.')).toEqual([null]);
    expect(speakers('The Eastwick Nurses Association said it had “serious concerns about the plan.”')).toEqual([null]);
  });
});

describe('pronouns by salience', () => {
  it('gives a pronoun to the subject of the latest main clause, not the latest name', () => {
    expect(
      speakers(
        'Mayor Ines Carver spoke on Monday.',
        'She said critics who attacked Rosa Delgado were wrong. She wrote: “Rosa did nothing wrong.”',
      ),
    ).toEqual(['Ines Carver']);
  });

  it('does not let objects, prepositional phrases or owners take the pronoun from a subject', () => {
    expect(speakers('Ines Carver met Rosa Delgado. “We agree,” she said.')).toEqual(['Ines Carver']);
    expect(speakers('Ines Carver wrote to Rosa Delgado. “We agree,” she said.')).toEqual(['Ines Carver']);
  });

  it('gives a tie to the narrator', () => {
    expect(speakers('Ines Carver and Rosa Delgado left together. “We agree,” she said.')).toEqual([null]);
  });
});

describe('shared family names', () => {
  it('gives a bare surname to the most salient bearer, with the gender the sentence gives', () => {
    expect(
      speakers(
        'Tomas Wren runs the farm with his wife, Ada Wren.',
        'Ada Wren said the frost came early. “It took the pears,” Wren said.',
        '“We will replant,” Wren said, wiping his hands.',
      ),
    ).toEqual(['Ada Wren', 'Tomas Wren']);
  });

  it('gives a bare surname to nobody when its bearers are not in view', () => {
    expect(speakers('A photo shows Heidi Marsh and Colin Marsh at the pier.', 'The pier closed in May.', 'The ferry stopped in June.', 'Repairs are due in spring.', '“It was home,” Marsh said.')).toEqual([null]);
  });
});

describe('never inherit, but continue', () => {
  it('gives a quote whose own frame does not resolve to the narrator', () => {
    expect(speakers('“We will appeal,” Ruth Alder said. “It is over,” they said.')).toEqual(['Ruth Alder', null]);
    expect(speakers('“We will appeal,” Ruth Alder said. “It is over,” the board said in a statement.')).toEqual(['Ruth Alder', null]);
  });

  it('continues the speaker when only the speaker’s own apposition names someone', () => {
    expect(speakers('“We warned them,” said Tom Reilly, a lawyer who worked for Anna Brandt. “Nobody asked us.”')).toEqual(['Tom Reilly', 'Tom Reilly']);
  });

  it('does not continue past another subject', () => {
    expect(speakers('“We warned them,” said Tom Reilly. Anna Brandt disagreed. “Nobody asked us.”')).toEqual(['Tom Reilly', null]);
  });
});

describe('block quotes and marks', () => {
  it('takes speakers of quotes inside a quoted passage from that passage', () => {
    expect(
      speakers(
        'Lena Park wrote to me last week. Here is part of her letter:',
        'At dawn a young porter came by. He said, “The doctor is on his way.” I waited.',
      ),
    ).toEqual(['a young porter']);
  });

  it("reads ASCII ''…'' and ``…'' pairs and mismatched curly and straight marks", () => {
    expect(quotes("''We will be back,'' Ada Wren said.")).toEqual([["''We will be back,''", 'Ada Wren']]);
    expect(quotes("``Keep the boat,'' said Ada Wren.")).toEqual([["``Keep the boat,''", 'Ada Wren']]);
    expect(quotes('“We will be back," Ada Wren said.')).toEqual([['“We will be back,"', 'Ada Wren']]);
  });

  it('keeps a nested quote at the end of an utterance inside it', () => {
    expect(quotes('“People keep asking me, ‘When will it end?’” Ada Wren said.')).toEqual([['“People keep asking me, ‘When will it end?’”', 'Ada Wren']]);
    expect(quotes("''My son said, 'Why are you smiling?' '' Ada Wren said.")).toEqual([["''My son said, 'Why are you smiling?' ''", 'Ada Wren']]);
  });
});

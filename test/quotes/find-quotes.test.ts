import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find.js';

/** Quotes of paragraphs as [quoted text, speaker]. */
function quotes(...paragraphs: string[]): Array<[string, string | null]> {
  return findQuotes(paragraphs).map((q) => [paragraphs[q.paragraph]!.slice(q.start, q.end), q.speaker]);
}

describe('finding quotes', () => {
  it('finds straight and curly double quotes with single quotes inside', () => {
    expect(quotes(`"The law says 'before,' and it means before," Judge Ann Cole wrote.`)).toEqual([
      [`"The law says 'before,' and it means before,"`, 'Ann Cole'],
    ]);
    expect(quotes('“We will rebuild,” said Mayor Helen Carver.')).toEqual([['“We will rebuild,”', 'Helen Carver']]);
  });

  it('finds „…“, «…» and ‹…› quotes', () => {
    expect(quotes('„Wir bleiben hier,“ said Ursula Imhof.')).toEqual([['„Wir bleiben hier,“', 'Ursula Imhof']]);
    expect(quotes('«I lost, and I accept it,» said Beat Gerber.')).toEqual([['«I lost, and I accept it,»', 'Beat Gerber']]);
    expect(quotes('‹Where do I park?› asked a delivery driver.')).toEqual([['‹Where do I park?›', 'a delivery driver']]);
  });

  it('keeps a multi-sentence quote whole and splits a quote around its attribution', () => {
    expect(quotes('“By midnight the bridge was gone. By two, so was the bakery,” said Tom Okafor. “We start again.”')).toEqual([
      ['“By midnight the bridge was gone. By two, so was the bakery,”', 'Tom Okafor'],
      ['“We start again.”', 'Tom Okafor'],
    ]);
  });

  it('joins a quote continued over paragraphs', () => {
    const p1 = 'Priya Nair said the idea came from a school project.';
    const p2 = '"She tested water with cabbage juice. It worked, badly.';
    const p3 = '"Then I realised the cabbage was the sensor," she said.';
    expect(quotes(p1, p2, p3)).toEqual([
      [p2, 'Priya Nair'],
      [p3.slice(0, p3.indexOf(' she')), 'Priya Nair'],
    ]);
  });

  it('recovers from unbalanced marks without swallowing other paragraphs', () => {
    const found = findQuotes([
      'In a forum, one farmer wrote: "If it is that cheap I will take a hundred.',
      'The team plans a trial next spring. Officials were not available.',
      'Each strip is 3" long. "It is smaller than a tea bag," Priya Nair said.',
    ]);
    expect(found.map((q) => [q.paragraph, q.speaker])).toEqual([
      [0, 'one farmer'],
      [2, 'Priya Nair'],
    ]);
    expect(found[1]!.start).toBe('Each strip is 3" long. '.length);
    // A stray mark in narration opens nothing.
    expect(findQuotes(['The report, dated "March 3, was late.'])).toEqual([]);
  });

  it('leaves scare quotes, coined terms and titles to the narrator', () => {
    expect(quotes('Petrov accused Nordland of seeking to "demilitarize" the border region, he said.')).toEqual([]);
    expect(quotes('The town had tried to become “storm-ready,” officials said.')).toEqual([]);
    expect(quotes('The festival closes with "Northern Lights Are Not For Sale", a documentary, she said.')).toEqual([]);
    expect(quotes('Critics called it „quietly devastating“ and praised its „patient“ camera.')).toEqual([]);
    // Two words woven into narration are the narrator's; a longer reported fragment is the speaker's (see patterns.test.ts).
    expect(quotes('Mr. Mahler said the council was "technically right" about it.')).toEqual([]);
  });
});

describe('who is speaking', () => {
  it('reads rich reporting verbs in both orders', () => {
    expect(quotes('"Nobody sat on it," insisted Raj Patel, the emergency manager.')[0]![1]).toBe('Raj Patel');
    expect(quotes('"Order!" Speaker Erik Holm shouted.')[0]![1]).toBe('Erik Holm');
    expect(quotes('Lisa Noor is an economist. "Cuts make it worse," countered Ms. Noor.')[0]![1]).toBe('Lisa Noor');
    expect(quotes('Hanna Berg laughed. "Ask them," she shot back.')[0]![1]).toBe('Hanna Berg');
    expect(quotes('Her colleague, a young nurse, chimed in: "We need glass."')[0]![1]).toBe('a young nurse');
    expect(quotes('"Thank you, Harlow." tweeted Alan Brooks.')[0]![1]).toBe('Alan Brooks');
  });

  it('understands "according to X"', () => {
    expect(quotes('Anna Berg runs the depot. "Four buses were damaged," according to Berg.')[0]![1]).toBe('Anna Berg');
    expect(quotes('According to Heinz Mahler, "the plant is finished, whatever they say."')[0]![1]).toBe('Heinz Mahler');
  });

  it('unifies titles, honorifics and appositions under the full name', () => {
    const found = quotes(
      'Foreign Minister Katrin Adler met Jonas Petrov in Geneva.',
      '"We came to stop the shelling," Ms. Adler told reporters.',
      '"Same table, same coffee," said Foreign Minister Adler.',
      'The host, Elena Moser, smiled. "I have seen worse," said President Moser.',
    );
    expect(found.map((q) => q[1])).toEqual(['Katrin Adler', 'Katrin Adler', 'Elena Moser']);
  });

  it('resolves pronouns by gender, number and across paragraphs', () => {
    const found = quotes(
      'Katrin Adler and Jonas Petrov met for four hours.',
      '"Nobody will accept a line drawn by foreigners," he said.',
      '"I understand his frustration," she said.',
      'Tens of thousands of protesters marched on Saturday.',
      '"Not one more year!" they chanted.',
    );
    expect(found.map((q) => q[1])).toEqual(['Jonas Petrov', 'Katrin Adler', 'protesters']);
  });

  it('gives a relayed quote to the person relayed, not the agency', () => {
    const found = quotes(
      'The interior minister, Paulo Brand, visited the scene.',
      'The agency quoted him as saying: "A few hundred people tried to provoke the police."',
      'The agency also cited him as saying "the generators are holding, and the fuel will last."',
    );
    expect(found.map((q) => q[1])).toEqual(['Paulo Brand', 'Paulo Brand']);
  });

  it('continues an unattributed quote after the same speaker', () => {
    expect(quotes('"I built that porch," Tom Okafor said. "You can replace wood. You cannot replace that."').map((q) => q[1])).toEqual([
      'Tom Okafor',
      'Tom Okafor',
    ]);
  });

  it('keeps groups and unnamed speakers apart from named people', () => {
    const found = quotes(
      'Asked whether talks would continue, a spokesman for Mr. Viktor Lind said: "The president decides tomorrow."',
      'A pensioner watching from a café shook his head. "They will march anyway," he said.',
      '"Get the stickers!" someone shouted.',
      'Near the end, a group of students climbed onto a shelter. "Why can\'t we?" they shouted.',
    );
    expect(found.map((q) => q[1])).toEqual(['a spokesman for Viktor Lind', 'a pensioner', 'someone', 'students']);
  });

  it('leaves the narrator reading when unsure', () => {
    expect(quotes('The room fell silent. "Nobody expected this."')).toEqual([['"Nobody expected this."', null]]);
    expect(quotes('"It is over," the company said in a statement.')).toEqual([['"It is over,"', null]]);
  });
});

describe('relayed quotes after the quote', () => {
  it('gives "…,” the agency cited him as saying" to him', () => {
    const found = quotes('Mr. Ivan Medinsky spoke to the agency RIA. “Every hour for us is a saved life,” the agency cited him as saying.');
    expect(found).toEqual([['“Every hour for us is a saved life,”', 'Ivan Medinsky']]);
  });
});

describe('attribution across paragraphs and roles', () => {
  it('takes the speaker from a paragraph ending with a colon, and runs the quote on', () => {
    const found = quotes(
      'The owner, Samira Clarke, said she cried. She told the local radio station:',
      '"I thought we might get a few hundred pounds. Then people in Canada started donating."',
      '"Every donor gets a free loaf. I may need a bigger oven."',
    );
    expect(found.map((q) => q[1])).toEqual(['Samira Clarke', 'Samira Clarke']);
  });

  it('resolves "the coach said" to the person named with that role', () => {
    const found = quotes(
      'His coach, Ivan Lesko, spoke later. "That is chess," the coach said.',
      'The tournament director, Paula Grant, was pleased. "A record audience," the director said.',
      'Local MP Susan Ward gave £50. "Here is the proof," Ward said.',
    );
    expect(found.map((q) => q[1])).toEqual(['Ivan Lesko', 'Paula Grant', 'Susan Ward']);
  });

  it('learns an unknown name\'s gender from "she" and keeps "he" for someone else', () => {
    const found = quotes(
      'Transport Secretary Alan Roy spoke. Opposition member Kirsty Muir asked him whether he had visited. "Have you ever tried it?" she asked.',
      '"I have visited twice," he replied.',
    );
    expect(found.map((q) => q[1])).toEqual(['Kirsty Muir', 'Alan Roy']);
  });

  it('keeps a relative in apposition apart from the person named before', () => {
    const found = quotes('Okoye\'s mother, a nurse, said she learned chess for her daughter. "She beat me when she was seven," she said.');
    expect(found[0]![1]).toBe("Okoye's mother");
  });
});

describe('sloppy marks', () => {
  it('closes a quote missing its closing mark where the attribution starts', () => {
    const p = '"Frampton\'s roads are a disgrace, shopkeeper Gary Lund wrote in a post. He added a photo.';
    expect(quotes(p)).toEqual([['"Frampton\'s roads are a disgrace,', 'Gary Lund']]);
  });

  it('reads British single quotes that open an utterance, not apostrophes', () => {
    expect(quotes("'We are not going to apologise,' Brenda Hoyle told the Gazette. The council's figures weren't 'wrong'.")).toEqual([
      ["'We are not going to apologise,'", 'Brenda Hoyle'],
    ]);
  });
});

// Speaker labels a listener would say (issue 12 §4), and language profiles.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find.js';
import { profileFor } from '../../src/quotes/languages/index.js';

const speakers = (...paragraphs: string[]) => findQuotes(paragraphs).map((q) => q.speaker);

describe('speaker labels', () => {
  it('is a name or a short description, never a fragment of the sentence', () => {
    expect(speakers('“We held the line,” one of the volunteers said.')).toEqual(['one volunteer']);
    expect(speakers('“We held the line,” a Ukrainian trooper near the river said.')).toEqual(['a Ukrainian trooper']);
    expect(speakers('“It flooded again,” one resident who lives by the quay told us.')).toEqual(['one resident']);
    expect(speakers('“Move the boats!” shouted a man at the back of the hall.')).toEqual(['a man']);
    expect(speakers('“We can wait,” said a coast guard officer in Tarbert.')).toEqual(['a coast guard officer']);
  });

  it('gives the person when an apposition names them', () => {
    expect(speakers('One of the volunteers, 30-year-old Taras Melnyk, stayed. “We held the line,” he said.')).toEqual(['Taras Melnyk']);
  });

  it('is never an organisation made into a description', () => {
    expect(speakers('“Talks will resume,” the state’s largest teachers union said.')).toEqual([null]);
    expect(speakers('“Talks will resume,” a group representing parents said.')).toEqual([null]);
  });
});

describe('languages', () => {
  it('picks the English profile for English tags and marks only for a language without a profile', () => {
    expect(profileFor('en-GB').code).toBe('en');
    expect(profileFor(undefined).code).toBe('en');
    const xx = profileFor('xx');
    expect(xx.attributes).toBe(false);
    expect(xx.reportingVerbs.size).toBe(0);
  });

  it('finds quotes by their marks in a language without a profile and leaves the speakers to the narrator', () => {
    const text = '«Nous restons ici», a dit Marie Dubois.';
    const found = findQuotes([text], { language: 'xx' });
    expect(found.map((q) => [text.slice(q.start, q.end), q.speaker, q.gender])).toEqual([['«Nous restons ici»', null, null]]);
  });

  it('attributes in English', () => {
    expect(findQuotes(['“We stay,” said Marie Dubois.'], { language: 'en' })[0]!.speaker).toBe('Marie Dubois');
  });
});

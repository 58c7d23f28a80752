// Gender of English-language first names: gender-detection-from-name's English map (MIT), our unisex list over it.
import { createRequire } from 'node:module';
import { nlp } from '../../text/nlp.js';
import type { Gender } from './types.js';

/** Names given to both boys and girls often enough that the name alone says nothing (data of our own). */
const UNISEX = new Set(
  `alex alexis ali andrea angel ash ashley aubrey avery bailey billie blair bobbie brett cameron carey casey charlie
  chris codie corey dakota dale dana daryl devon drew eden elliot elliott emerson finley frankie gale glenn hadley harley
  hayden hollis jackie jaime jamie jan jean jess jesse jessie jo jody jordan jules kai kelly kendall kerry kim kit lane
  lee leslie lindsay lindsey logan lou lynn mackenzie marion max mel merle micah morgan nico nicky noel pat paris
  peyton quinn reagan reese remy riley robin rory rowan ryan sacha sage sam sandy sasha shannon shay shelby sidney
  skye skyler stacy sydney tatum taylor terry toni tony tracy val whitney`.split(/\s+/),
);

let names: ReadonlyMap<string, string> | null = null;
const require = createRequire(import.meta.url);
/** Loaded on first use (~50 ms): a run that finds no quote never pays for it. */
function table(): ReadonlyMap<string, string> {
  names ??= require('gender-detection-from-name/names/en') as ReadonlyMap<string, string>;
  return names;
}

const cache = new Map<string, Gender | null | undefined>();
/** A first name's gender: male/female, null when unisex, undefined when not a first name we know. */
export function englishFirstName(word: string): Gender | null | undefined {
  const key = word.toLowerCase().replace(/[’']/g, '');
  if (cache.has(key)) return cache.get(key);
  let result: Gender | null | undefined;
  const listed = table().get(key);
  if (UNISEX.has(key)) result = null;
  else if (listed === 'male' || listed === 'female') result = listed;
  else {
    const doc = nlp(word);
    result = doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : doc.has('#FirstName') ? null : undefined;
  }
  cache.set(key, result);
  return result;
}

// Content words of a text for lexical cohesion: lower-cased, crudely stemmed, stop words removed.

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under ' +
    'until up very was we were what when where which while who whom why will with would you your yours said says say told tell ' +
    'one two three first last new year years day days time like would could may might must shall also mr mrs ms dr who its per ' +
    'monday tuesday wednesday thursday friday saturday sunday week weeks month months today yesterday tonight morning evening night ' +
    'since still even much many well back way around get got make made take took going went come came see seen know people'
  ).split(' '),
);

/** Crude stem so "workers"/"worker" and "closed"/"closing" meet. */
export function stem(word: string): string {
  return word
    .replace(/['’]s$/, '')
    .replace(/(?<=.{3})(ies)$/, 'y')
    .replace(/(?<=.{3})(ing|ed|es|s)$/, '')
    .replace(/(?<=.{3})e$/, '');
}

/** Term counts of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 3 || STOP.has(word)) continue;
    const s = stem(word);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Whether a lower-case word is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Sum of term-count maps. */
export function addCounts(maps: readonly Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) sum.set(k, (sum.get(k) ?? 0) + v);
  return sum;
}

/** Cosine similarity of two term-count maps (0 when either is empty). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

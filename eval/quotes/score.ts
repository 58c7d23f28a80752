// Scores found quotes against hand-marked ones: detection, speakers and genders, per set and per pattern tag.
import type { FoundQuote } from '../../src/quotes/find.js';
import type { GoldQuote } from './gold.js';

/** A gold quote placed in the cleaned paragraphs (null: lost in ingest). */
export interface PlacedGold extends GoldQuote {
  place: { paragraph: number; start: number; end: number } | null;
}

/** Counts for one set or one pattern tag. */
export interface Tally {
  gold: number;
  found: number;
  matched: number;
  /** Gold quotes found with ≥ 60 % overlap. */
  recalled: number;
  correct: number;
  wrong: number;
  narrator: number;
  /** Gold speakers marked female or male, and how many of them the system gave that gender / the other one. */
  gendered: number;
  genderRight: number;
  genderOpposite: number;
}

/** An empty tally. */
export const emptyTally = (): Tally => ({ gold: 0, found: 0, matched: 0, recalled: 0, correct: 0, wrong: 0, narrator: 0, gendered: 0, genderRight: 0, genderOpposite: 0 });

const OVERLAP = 0.6;
const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** True when the found speaker is the gold one (narrator for org/unknown). */
export function speakerCorrect(gold: string, found: FoundQuote | null): boolean {
  if (gold === 'unknown' || gold.startsWith('org:')) return !found?.speaker;
  if (!found?.speaker) return false;
  if (gold.startsWith('desc:')) {
    const head = norm(gold.slice(5)).replace(/s$/, '');
    return found.speakerKind !== 'person' && norm(found.speaker).includes(head);
  }
  return found.speakerKind === 'person' && norm(found.speaker) === norm(gold);
}

/** One line about a quote that went wrong, for --verbose. */
export interface Miss {
  kind: 'MISSED' | 'LOST' | 'WRONG' | 'NARRATOR' | 'SPURIOUS' | 'GENDER';
  text: string;
  detail: string;
}

/** Match found quotes to gold by overlap in the same paragraph and add the outcome to `total` and `byTag`. */
export function scoreArticle(
  paragraphs: readonly string[],
  gold: readonly PlacedGold[],
  found: readonly FoundQuote[],
  total: Tally,
  byTag: Map<string, Tally>,
): Miss[] {
  const misses: Miss[] = [];
  const used = new Set<number>();
  total.found += found.length;
  for (const g of gold) {
    const tallies = [total, ...g.tags.map((t) => byTag.get(t) ?? byTag.set(t, emptyTally()).get(t)!)];
    let best = -1;
    let bestScore = 0;
    if (g.place) {
      const { paragraph, start, end } = g.place;
      found.forEach((f, i) => {
        if (used.has(i) || f.paragraph !== paragraph) return;
        const score = (Math.min(f.end, end) - Math.max(f.start, start)) / (Math.max(f.end, end) - Math.min(f.start, start));
        if (score >= OVERLAP && score > bestScore) (best = i), (bestScore = score);
      });
    }
    const f = best >= 0 ? found[best]! : null;
    if (f) used.add(best);
    const correct = speakerCorrect(g.speaker, f);
    const narratorAnswer = g.speaker === 'unknown' || g.speaker.startsWith('org:');
    const text = g.text.slice(0, 70);
    if (!f) misses.push({ kind: g.place ? 'MISSED' : 'LOST', text, detail: `[${g.speaker}]` });
    else if (!correct && f.speaker) misses.push({ kind: 'WRONG', text, detail: `[${g.speaker}] got ${f.speaker} (${f.speakerKind})` });
    else if (!correct) misses.push({ kind: 'NARRATOR', text, detail: `[${g.speaker}]` });
    const given = f?.speaker ? f.gender : null;
    if (g.gender && given && given !== g.gender) misses.push({ kind: 'GENDER', text, detail: `[${g.speaker} ${g.gender}] got ${given}` });
    for (const t of tallies) {
      t.gold++;
      if (f) t.recalled++;
      if (correct) t.correct++;
      else if (f?.speaker) t.wrong++;
      else if (!narratorAnswer) t.narrator++;
      if (g.gender) {
        t.gendered++;
        if (given === g.gender) t.genderRight++;
        else if (given) t.genderOpposite++;
      }
    }
  }
  total.matched += used.size;
  found.forEach((f, i) => {
    if (!used.has(i)) misses.push({ kind: 'SPURIOUS', text: paragraphs[f.paragraph]!.slice(f.start, f.end).slice(0, 70), detail: f.speaker ? `(${f.speaker})` : '' });
  });
  return misses;
}

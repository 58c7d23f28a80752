// Turns a Draft into the article: the headline found, bylines and dates taken out, junk dropped, nothing real lost.
import type { Block } from './article.js';
import type { Draft } from './draft.js';
import { asByline, asDate, comparable, hasSentenceEnd, isLinkLike, isUiJunk, unglueBreadcrumbs, wordCount } from './boilerplate.js';

/** The cleaned parts of an article. */
export interface Cleaned {
  title: string | null;
  byline: string | null;
  date: string | null;
  blocks: Block[];
}

/** Longest unpunctuated line read as a plain-text subhead. */
const SUBHEAD_MAX_WORDS = 12;

/** Apply the boilerplate rules to a draft. */
export function cleanDraft(draft: Draft): Cleaned {
  let title = draft.title ? unglueBreadcrumbs(draft.title) : null;
  let { date } = draft;
  let byline = draft.byline ? (asByline(draft.byline) ?? draft.byline) : null;
  const blocks = draft.blocks.map((b) => ({ ...b }));
  const isBody = (b: Block) => b.kind === 'paragraph' && hasSentenceEnd(b.text) && !isUiJunk(b.text) && wordCount(b.text) >= 2;
  const first = blocks.findIndex(isBody);
  const last = blocks.length - 1 - [...blocks].reverse().findIndex(isBody);
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const key = comparable(b.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  const kept: Array<Block & { from: number }> = [];
  const junk = new Set<number>();
  const keptKeys = new Set<string>();
  blocks.forEach((block, i) => {
    const head = first === -1 || i < first;
    const tail = first !== -1 && i > last;
    let text = block.text;
    if (head) text = unglueBreadcrumbs(text);
    const key = comparable(text);
    if (!key) return;
    if (title && key === comparable(title)) return;
    if (head) {
      const who = asByline(text);
      if (who) return void (byline ??= who);
      const when = asDate(text);
      if (when) return void (date ??= when);
    }
    if (isUiJunk(text)) {
      // Ad markers ("Advertisement") sit anywhere; longer junk (a sign-up box) may have a heading of its own.
      if (wordCount(text) > 3) junk.add(i);
      return;
    }
    const punctuated = hasSentenceEnd(text);
    if (block.kind === 'paragraph' && !punctuated) {
      if (head && title === null && wordCount(text) >= 2) return void (title = text);
      if (head || tail) return;
      if ((counts.get(key) ?? 0) > 1 || isLinkLike(text)) return;
      if (draft.plain && wordCount(text) <= SUBHEAD_MAX_WORDS) {
        kept.push({ kind: 'heading', level: 2, text, from: i });
        keptKeys.add(key);
        return;
      }
    }
    // A heading with no article text after it is a "Related" or "More stories" list header.
    if (block.kind === 'heading' && tail) return;
    // Repeated short lines are page furniture, except the first time a real sentence occurs.
    if (!punctuated && (counts.get(key) ?? 0) > 1) return;
    if (keptKeys.has(key) && wordCount(text) < 20 && !punctuated) return;
    kept.push({ ...block, text, from: i });
    keptKeys.add(key);
  });
  // A heading right above a dropped box ("The Climate Brief" over a sign-up form) labels junk.
  const blocksOut = kept.filter((b) => !(b.kind === 'heading' && junk.has(b.from + 1))).map(({ from: _from, ...b }) => b);
  return { title, byline, date, blocks: blocksOut };
}

// Reads a hand-marked evaluation article: the text a user's file would hold, and the marked quotes.

/** One quote marked by hand. */
export interface GoldQuote {
  /** The quote as it appears in the article, marks included, whitespace collapsed. */
  text: string;
  /** A full name, `desc:<head noun>`, `org:<name>` or `unknown`. */
  speaker: string;
  gender: 'female' | 'male' | null;
  /** Pattern tags (`p="…"`); legacy sets have none. */
  tags: string[];
}

/** A marked article taken apart. */
export interface MarkedArticle {
  /** What a user's .txt file would contain: headline line, body, tags and the style comment removed. */
  plain: string;
  gold: GoldQuote[];
  style: string | null;
}

const QUOTE = /<q\s+s="([^"]*)"(?:\s+g="([fmu])")?(?:\s+p="([^"]*)")?\s*>([\s\S]*?)<\/q>/g;
const GENDER = { f: 'female', m: 'male', u: null } as const;

/** Parse `<q s="…" g="…" p="…">…</q>` marks (g and p optional, for the legacy sets). */
export function parseMarked(source: string): MarkedArticle {
  let text = source.replace(/\r\n?/g, '\n');
  const style = /<!--\s*style:\s*([^;>]*?)\s*(?:;[^>]*)?-->/.exec(text)?.[1] ?? null;
  // The comment line goes entirely (its newline too), so the file keeps its own paragraph layout.
  text = text.replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*\n?/gm, '');
  text = text.replace(/^# +/, '');
  const gold: GoldQuote[] = [];
  const plain = text.replace(QUOTE, (_all, speaker: string, g: 'f' | 'm' | 'u' | undefined, tags: string | undefined, inner: string) => {
    gold.push({ text: inner.replace(/\s+/g, ' ').trim(), speaker, gender: g ? GENDER[g] : null, tags: tags ? tags.split(/\s+/).filter(Boolean) : [] });
    return inner;
  });
  if (/<\/?q\b/.test(plain)) throw new Error('unbalanced <q> marks');
  return { plain, gold, style };
}

/** Where a gold quote lies in the cleaned paragraphs, found by its text after `from`; null when cleaning dropped it. */
export function locate(
  paragraphs: readonly string[],
  text: string,
  from: { paragraph: number; at: number },
): { paragraph: number; start: number; end: number } | null {
  for (let p = from.paragraph; p < paragraphs.length; p++) {
    const at = paragraphs[p]!.indexOf(text, p === from.paragraph ? from.at : 0);
    if (at >= 0) return { paragraph: p, start: at, end: at + text.length };
  }
  return null;
}

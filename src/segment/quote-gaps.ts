// Gaps between paragraphs where a chapter must not break: inside a quote, or before its attribution.

/** For each gap g (between paragraph g-1 and g, g ≥ 1): may a chapter start at paragraph g? */
export function breakableGaps(paragraphs: readonly string[]): boolean[] {
  return paragraphs.map((text, g) => {
    if (g === 0) return false;
    const prev = paragraphs[g - 1]!.trim();
    const here = text.trim();
    // A quote running over paragraphs: the previous one opens a quote and does not close it.
    if (openQuote(prev)) return false;
    if (/:["'”’]?$/.test(prev)) return false;
    // A quote paragraph right after another quote paragraph: the same speaker still talking.
    if (/^["“]/.test(here) && /[”"]/.test(prev) && !/\b(?:said|says|told|added)\b/.test(here)) return false;
    // An attribution or continuation: "…,” he said." on its own, or a lower-case start.
    if (/^[\p{Ll}]/u.test(here)) return false;
    if (/^(?:["“]?\s*)?(?:he|she|they|it|the \w+|\w+ \w+) (?:said|says|added|told|asked|replied)\b/i.test(here) && here.split(/\s+/).length <= 12) return false;
    return true;
  });
}

/** Does the paragraph leave a quotation open (the next paragraph continues it)? */
function openQuote(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens || closes) return opens > closes;
  return ((text.match(/"/g) ?? []).length) % 2 === 1;
}

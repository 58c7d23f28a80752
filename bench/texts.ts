// Bench inputs made from the example articles: distinct variants (so no sentence is shared through
// the cache), a ten-times-longer article, and a one-sentence edit.

const PARTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twenty-one'];

/** The article with every sentence changed a little ("…, in part seven."), so variants share no synthesis unit. */
export function variant(text: string, n: number): string {
  const word = PARTS[n % PARTS.length]!;
  const [headline, ...body] = text.split(/\r?\n\s*\r?\n/);
  const changed = body.map((p) =>
    // Before a sentence's closing punctuation (and closing quote), when followed by space or the end.
    p.replace(/([\p{L}\p{N}])([.!?])(["”’]?)(?=\s|$)/gu, `$1, in part ${word}$2$3`),
  );
  return [`${headline!.trim()}, part ${word}`, ...changed].join('\n\n') + '\n';
}

/** One article `times` longer: distinct variants of the text one after the other, under one headline. */
export function longer(text: string, times: number): string {
  const [headline] = text.split(/\r?\n/);
  const bodies = Array.from({ length: times }, (_, i) => variant(text, i + 1).split(/\r?\n\s*\r?\n/).slice(1).join('\n\n'));
  return `${headline!.trim()}: the long edition\n\n${bodies.join('\n\n')}\n`;
}

/** Change one word-group in the first sentence of the second paragraph: exactly one sentence differs. */
export function editOneSentence(text: string): string {
  const paragraphs = text.split(/\r?\n\s*\r?\n/);
  const p = paragraphs[1]!;
  const end = p.search(/[.!?](\s|$)/);
  paragraphs[1] = `${p.slice(0, end)} once more${p.slice(end)}`;
  return paragraphs.join('\n\n');
}

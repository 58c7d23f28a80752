// Engines built for ASCII (flite, festival) misread typographic punctuation: this maps it to plain ASCII.

const MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2013': ' - ', '\u2014': ' - ', '\u2026': '...', '\u00A0': ' ',
};

/** Replaces typographic punctuation with ASCII and drops diacritics; other non-ASCII becomes a space. */
export function toAsciiText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033\u2013\u2014\u2026\u00A0]/g, (c) => MAP[c] ?? ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x09\x0A\x0D\x20-\x7E]/g, ' ');
}

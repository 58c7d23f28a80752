// Turns article text into what an engine should be given. (Foundation version; "Article understanding" extends it.)

export interface SpeakableOptions {
  /** Engine id: engines differ in what they mispronounce. */
  engine: string;
}

/** The spoken form of a piece of article text. */
export function toSpoken(text: string, _options: SpeakableOptions): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ', ')
    .replace(/\u2026/g, '...')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Typography to plain ASCII punctuation engines read correctly (festival spells "Ukraine’s" when the apostrophe is curly).

/** Emoji and their joiners, skin tones, flags and keycaps: never read ("party popper"), never spelled. */
const EMOJI = /(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u20E3\uFE0F\u200D])+/gu;

/**
 * Quotes, apostrophes, dashes, ellipses, invisible and non-breaking spaces, censored words and emoji.
 * `censored`: the word for the dash of a censored word ("f—" → "F blank"); null keeps the letter alone.
 */
export function plainTypography(text: string, censored: string | null = 'blank'): string {
  return (
    text
      .replace(EMOJI, ' ')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u301D\u301E]/g, '"')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/\u2212/g, '-')
      // Censored words: "f—" or "d—head" (a letter glued to a long dash).
      .replace(/\b(?!I[\u2014\u2013])(\p{L})[\u2014\u2013]+(\p{L}*)/gu, (_, first: string, rest: string) =>
        `${first.toUpperCase()}${censored ? ` ${censored}` : ''}${rest ? ` ${rest}` : ''}`,
      )
      // Number ranges with a dash ("2010–2014", "5 – 10"): a hyphen, which the language's rules read as "to".
      .replace(/(\d)\s?[\u2013\u2014]\s?(?=\d)/g, '$1-')
      .replace(/\s*[\u2013\u2014\u2015]+\s*/g, ', ')
      .replace(/\s+--\s+/g, ', ')
      .replace(/\u2026/g, '...')
      .replace(/\.{4,}/g, '...')
      .replace(/[\u2022\u00B7]/g, ',')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

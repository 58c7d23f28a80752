// Month names of a locale, from Intl (never a hand-kept table per language).

const cache = new Map<string, readonly string[]>();

/** The twelve month names as the locale writes them in a date ("Mai", "mai", "maggio"). */
export function monthNames(locale: string): readonly string[] {
  let names = cache.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2024, m, 15))));
    cache.set(locale, names);
  }
  return names;
}

/** Regular-expression source matching any month name of the locale (case-insensitive use). */
export function monthPattern(locale: string): string {
  return monthNames(locale).join('|');
}

// How dates and durations read on the pages.

/** "24 Nov 2026" in the page's language (the machine's time zone, where the episode was published). */
export function dateLabel(iso: string, language: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

/** "45 s", "4 min", "1 h 5 min". */
export function durationLabel(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// The intro and outro sentences in each language with reading rules; other languages get only the date and headlines.

/** How one language frames the intro and outro. */
export interface IntroPhrases {
  /** "Your briefing for {day}". */
  briefing(day: string): string;
  /** The word before the last headline of a list ("and"). */
  and: string;
  outro(day: string): string;
}

const PHRASES: Record<string, IntroPhrases> = {
  en: { briefing: (d) => `Your briefing for ${d}`, and: 'and', outro: (d) => `That was your briefing for ${d}. Thanks for listening.` },
  de: { briefing: (d) => `Ihr Überblick für ${d}`, and: 'und', outro: (d) => `Das war Ihr Überblick für ${d}. Danke fürs Zuhören.` },
  fr: { briefing: (d) => `Votre briefing du ${d}`, and: 'et', outro: (d) => `C'était votre briefing du ${d}. Merci de votre écoute.` },
  es: { briefing: (d) => `Su resumen del ${d}`, and: 'y', outro: (d) => `Este fue su resumen del ${d}. Gracias por escuchar.` },
  it: { briefing: (d) => `Il vostro notiziario di ${d}`, and: 'e', outro: (d) => `Era il vostro notiziario di ${d}. Grazie per l'ascolto.` },
  pt: { briefing: (d) => `O seu resumo de ${d}`, and: 'e', outro: (d) => `Foi o seu resumo de ${d}. Obrigado por ouvir.` },
};

/** Phrases for a language tag (by primary subtag); null when it has none: no English framing in another language. */
export function introPhrases(language: string): IntroPhrases | null {
  return PHRASES[language.split('-')[0]!.toLowerCase()] ?? null;
}

/** "Wednesday, November 25", "Mittwoch, 25. November" in the local time zone, in the briefing's language. */
export function spokenDate(date: Date, language: string): string {
  let locale = 'en-US';
  try {
    locale = Intl.getCanonicalLocales(language)[0] ?? 'en-US';
  } catch {
    // Not a tag Intl knows: English dates.
  }
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(date);
}

// The reading rules for a language tag (--lang, or the page's declared language); null for a language without rules.
import { UserError } from '../../errors.js';
import { germanRules } from './de.js';
import { englishRules } from './en.js';
import { spanishRules } from './es.js';
import { frenchRules } from './fr.js';
import { italianRules } from './it.js';
import { portugueseRules } from './pt.js';
import type { LanguageRules } from './rules.js';

const FACTORIES: Record<string, (locale: string) => LanguageRules> = {
  en: englishRules, de: germanRules, fr: frenchRules, es: spanishRules, it: italianRules, pt: portugueseRules,
};
/** Region assumed when a tag has none: Intl's likely region, except Portuguese, whose espeak-ng voice "pt" is European. */
const DEFAULT_REGION: Record<string, string> = { pt: 'PT' };

/** Languages with reading rules, by primary subtag. */
export const LANGUAGES_WITH_RULES: readonly string[] = Object.keys(FACTORIES);

/** A BCP 47 tag in canonical form ("de_de" → "de-DE"), or null when it is not one. */
export function canonicalLanguage(tag: string | null | undefined): string | null {
  const cleaned = tag?.trim().replace(/_/g, '-');
  if (!cleaned) return null;
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? null;
  } catch {
    return null;
  }
}

const cache = new Map<string, LanguageRules | null>();

/** The rules for a language tag, with the region deciding separators and date order; null when the language has none. */
export function rulesFor(tag: string): LanguageRules | null {
  const canonical = canonicalLanguage(tag) ?? tag;
  if (cache.has(canonical)) return cache.get(canonical)!;
  let rules: LanguageRules | null = null;
  try {
    const locale = new Intl.Locale(canonical);
    const factory = FACTORIES[locale.language];
    if (factory) {
      const region = locale.region ?? DEFAULT_REGION[locale.language] ?? locale.maximize().region ?? '';
      rules = factory(region ? `${locale.language}-${region}` : locale.language);
    }
  } catch {
    rules = null;
  }
  cache.set(canonical, rules);
  return rules;
}

/**
 * The briefing's language: --lang when given, else the first language the articles declare (a page's lang
 * attribute), else English. A --lang that is not a language tag is a UserError.
 */
export function chooseLanguage(explicit: string | undefined, declared: ReadonlyArray<string | null>): string {
  if (explicit !== undefined) {
    const tag = canonicalLanguage(explicit);
    if (!tag) throw new UserError(`--lang "${explicit.slice(0, 40)}" is not a language tag`, { hint: 'give a BCP 47 tag such as en, en-GB, de, fr, es, it, pt-BR' });
    return tag;
  }
  for (const tag of declared) {
    const found = canonicalLanguage(tag);
    if (found) return found;
  }
  return 'en';
}

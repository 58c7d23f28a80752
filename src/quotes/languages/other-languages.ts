// The quote data of the languages other than English, by primary subtag.
import { german } from './de.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { italian } from './it.js';
import { portuguese } from './pt.js';
import type { QuoteLanguageData } from './quote-language.js';

/** German, French, Spanish, Italian and Portuguese quote data. */
export const QUOTE_LANGUAGES: Readonly<Record<string, QuoteLanguageData>> = { de: german, fr: french, es: spanish, it: italian, pt: portuguese };

// compromise (the English tagger), loaded through its one-file CommonJS build.
import { createRequire } from 'node:module';
import type Nlp from 'compromise';

/**
 * compromise's `nlp`. Its ESM entry is some 300 source modules (~0.2 s to load, on the path to the first
 * sound of every run); the package's `require` export is the same version bundled into one file (~0.11 s).
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof Nlp;

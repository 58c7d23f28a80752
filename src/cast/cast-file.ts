// The cast file: per engine and language, the narrator and a pool of quote voices; pinned people.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { voiceRef } from './voice-ref.js';
import { parseWith } from '../util/validation.js';

const poolVoice = z.union([
  voiceRef.transform((voice) => ({ voice, gender: null as 'female' | 'male' | null })),
  z.object({ voice: voiceRef, gender: z.enum(['female', 'male']).nullable().default(null) }).strict(),
]);

const languageCast = z
  .object({
    /** The narrator for this engine and language. */
    narrator: voiceRef.optional(),
    /** Voices for quoted people, in order of preference. */
    pool: z.array(poolVoice).default([]),
  })
  .strict();

/** Schema of a cast file (JSON or YAML). */
const castFileSchema = z
  .object({
    version: z.literal(1).default(1),
    /** engine id (or "*") → language (BCP 47, primary subtag, or "*") → cast. */
    engines: z.record(z.string().min(1), z.record(z.string().min(1), languageCast)).default({}),
    /** Person (canonical name as shown in the plan) → voice. */
    pins: z.record(z.string().min(1), voiceRef).default({}),
  })
  .strict();

export type CastFile = z.infer<typeof castFileSchema>;
export type LanguageCast = z.infer<typeof languageCast>;

/** Path of the cast file shipped with briefcast. */
function defaultCastPath(): string {
  return fileURLToPath(new URL('../../voices/cast.yaml', import.meta.url));
}

/** Parse cast file text (YAML is a superset of JSON); errors name the file and each bad path. */
export function parseCastFile(text: string, what: string): CastFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${what} is not valid JSON or YAML: ${why}`, { hint: `fix ${what} and try again` });
  }
  return parseWith(castFileSchema, data ?? {}, what);
}

/** Read and validate a cast file (the shipped one when no path is given). */
export async function loadCastFile(path?: string): Promise<CastFile> {
  const file = path ?? defaultCastPath();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read cast file ${file}${code ? ` (${code})` : ''}`, { hint: 'check the path given to --cast' });
  }
  // A batch plans many articles with one cast file: parse (YAML + schema) once per content, hand out copies.
  const key = `${file}\0${text}`;
  let parsed = parsedCasts.get(key);
  if (!parsed) parsedCasts.set(key, (parsed = parseCastFile(text, `cast file ${file}`)));
  return structuredClone(parsed);
}

const parsedCasts = new Map<string, CastFile>();

/** The cast for an engine and language: exact language, then its primary subtag, then "*"; engine, then "*". */
export function castFor(file: CastFile, engine: string, language: string): LanguageCast | null {
  const primary = language.split('-')[0]!.toLowerCase();
  for (const e of [engine, '*']) {
    const byLang = file.engines[e];
    if (!byLang) continue;
    const found = byLang[language] ?? byLang[primary] ?? byLang['*'];
    if (found) return found;
  }
  return null;
}

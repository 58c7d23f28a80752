// Chooses the narrator voice: --voice, else the cast file's narrator for the engine, else the engine's default.
import { castFor, type CastFile } from '../cast/cast-file.js';
import { DependencyError } from '../errors.js';
import { bestEngine, getEngine, requireAvailable, resolveVoice } from '../tts/registry.js';

export interface NarratorOptions {
  voice?: string;
  engine?: string;
  language: string;
  /** The cast file in use: its narrator for the chosen engine and language wins over the engine default. */
  cast?: CastFile;
}

/** The narrator as "engine:voice", validated against what is installed. */
export async function chooseNarrator(options: NarratorOptions): Promise<string> {
  if (options.voice) {
    const { engine, voice } = await resolveVoice(options.voice);
    return `${engine.id}:${voice.id}`;
  }
  const engine = options.engine ? await getEngine(options.engine) : await bestEngine(options.language);
  const detection = options.engine ? await requireAvailable(engine) : await engine.detect();
  const fromCast = options.cast ? castFor(options.cast, engine.id, options.language)?.narrator : undefined;
  if (fromCast) {
    const { engine: e, voice } = await resolveVoice(fromCast);
    return `${e.id}:${voice.id}`;
  }
  const id = detection.defaultVoice(options.language);
  if (!id) {
    throw new DependencyError(`engine "${engine.id}" has no voice for language "${options.language}"`, {
      hint: 'pick a voice with --voice engine:voice (see: briefcast voices)',
    });
  }
  return `${engine.id}:${id}`;
}

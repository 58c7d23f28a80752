// Chooses the narrator voice: --voice, else --engine's default, else the best available engine's default.
import { DependencyError } from '../errors.js';
import { bestEngine, getEngine, resolveVoice } from '../tts/registry.js';

export interface NarratorOptions {
  voice?: string;
  engine?: string;
  language: string;
}

/** The narrator as "engine:voice", validated against what is installed. */
export async function chooseNarrator(options: NarratorOptions): Promise<string> {
  if (options.voice) {
    const { engine, voice } = await resolveVoice(options.voice);
    return `${engine.id}:${voice.id}`;
  }
  const engine = options.engine ? await getEngine(options.engine) : await bestEngine(options.language);
  if (options.engine) {
    const status = await engine.detect();
    if (!status.available) {
      throw new DependencyError(`engine "${engine.id}" is not available: ${status.reason ?? 'unknown reason'}`, {
        hint: 'see: briefcast voices',
      });
    }
  }
  const id = engine.defaultVoice(options.language);
  if (!id) {
    throw new DependencyError(`engine "${engine.id}" has no voice for language "${options.language}"`, {
      hint: 'pick a voice with --voice engine:voice (see: briefcast voices)',
    });
  }
  return `${engine.id}:${id}`;
}

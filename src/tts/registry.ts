// Maps engine ids to lazily imported engine modules and picks the best available engine.
import { DependencyError, UserError } from '../errors.js';
import { splitVoiceRef } from '../cast/voice-ref.js';
import type { Detection, EngineStatus, TtsEngine, VoiceInfo } from './engine.js';

export { splitVoiceRef };

const loaders: Record<string, () => Promise<TtsEngine>> = {
  say: async () => (await import('./engines/say.js')).sayEngine,
  festival: async () => (await import('./engines/festival.js')).festivalEngine,
  flite: async () => (await import('./engines/flite.js')).fliteEngine,
  'flite-wasm': async () => (await import('./engines/flite-wasm.js')).fliteWasmEngine,
  'espeak-ng': async () => (await import('./engines/espeak-ng.js')).espeakNgEngine,
};

/**
 * Preference order, following measured intelligibility (word error rate of a recognizer on a
 * news paragraph): festival HTS slt 0.21, flite slt 0.27, embedded flite, espeak-ng 0.81.
 * `say` (macOS/Windows) comes first on the platforms where it can export audio.
 */
export const ENGINE_ORDER = ['say', 'festival', 'flite', 'flite-wasm', 'espeak-ng'] as const;

/** All engine ids known to briefcast. */
export function engineIds(): string[] {
  return Object.keys(loaders);
}

/** Load one engine by id; unknown ids are a UserError listing the known ones. */
export async function getEngine(id: string): Promise<TtsEngine> {
  const load = loaders[id];
  if (!load) {
    throw new UserError(`unknown engine "${id}"`, { hint: `choose one of: ${engineIds().join(', ')} (see: briefcast voices)` });
  }
  return load();
}

/** Whether an engine can run on this platform at all. */
export function runsHere(engine: TtsEngine): boolean {
  return engine.platforms === 'all' || engine.platforms.includes(process.platform);
}

/** The best engine that is available here and has a default voice for the language. */
export async function bestEngine(language: string): Promise<TtsEngine> {
  const reasons: string[] = [];
  for (const id of ENGINE_ORDER) {
    const engine = await getEngine(id);
    if (!runsHere(engine)) continue;
    const detection = await engine.detect();
    if (!detection.status.available) {
      reasons.push(`${id}: ${detection.status.reason ?? 'unavailable'}`);
      continue;
    }
    if (detection.defaultVoice(language)) return engine;
    reasons.push(`${id}: no voice for "${language}"`);
  }
  throw new DependencyError(`no text-to-speech engine with a "${language}" voice is available (${reasons.join('; ')})`, {
    hint: 'install espeak-ng, flite or festival, or reinstall briefcast so its embedded engine is present',
  });
}

/** The engine's detection when it is available; otherwise a DependencyError (exit 3) with the reason. */
export async function requireAvailable(engine: TtsEngine): Promise<Detection> {
  const detection = await engine.detect();
  if (!detection.status.available) {
    throw new DependencyError(`engine "${engine.id}" is not available: ${detection.status.reason ?? 'unknown reason'}`, { hint: 'see: briefcast voices' });
  }
  return detection;
}

/** Validate "engine:voice" against the installed engines and voices; returns the engine, its status and the voice. */
export async function resolveVoice(ref: string): Promise<{ engine: TtsEngine; status: EngineStatus; voice: VoiceInfo }> {
  const { engine: engineId, voice: id } = splitVoiceRef(ref);
  if (!engineId || !id) {
    throw new UserError(`voice "${ref}" must look like "engine:voice", e.g. "flite:slt"`, { hint: 'list voices with: briefcast voices' });
  }
  const engine = await getEngine(engineId);
  const { status, voices } = await requireAvailable(engine);
  const voice = voices.find((v) => v.id === id);
  if (!voice) {
    const known = voices.map((v) => v.id).slice(0, 12).join(', ');
    throw new UserError(`unknown voice "${id}" for engine ${engine.id}`, { hint: `choose one of: ${known} (see: briefcast voices)` });
  }
  return { engine, status, voice };
}

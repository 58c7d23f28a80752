// The voices an engine offers here, as the tts registry reports them: what casting a plan is given.
import type { VoiceInfo } from '../tts/engine.js';
import { getEngine } from '../tts/registry.js';

/** The voices of engine `id` (none for an unknown or unavailable engine). */
export async function registryVoices(id: string): Promise<VoiceInfo[]> {
  try {
    return await (await getEngine(id)).voices();
  } catch {
    return [];
  }
}

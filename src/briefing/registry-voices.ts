// The voices an engine offers here, as the tts registry reports them: what casting a plan is given.
import type { VoiceInfo } from '../tts/engine.js';
import { getEngine, splitVoiceRef } from '../tts/registry.js';

/** The voices of engine `id` (none for an unknown or unavailable engine). */
export async function registryVoices(id: string): Promise<VoiceInfo[]> {
  try {
    return (await (await getEngine(id)).detect()).voices;
  } catch {
    return [];
  }
}

/** Whether the spoken text for this narrator ("engine:voice") spells acronyms (engines that read them well need not). */
export async function spellsAcronyms(narrator: string): Promise<boolean> {
  try {
    return !(await getEngine(splitVoiceRef(narrator).engine)).readsAcronyms;
  } catch {
    return true;
  }
}

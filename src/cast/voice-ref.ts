// The "engine:voice" reference every cast file, plan and voice memory uses.
import { z } from 'zod';

/** A voice reference such as "flite:slt". */
export const voiceRef = z
  .string()
  .regex(/^[a-z0-9-]+:[A-Za-z0-9_.+-]+$/, 'must look like "engine:voice", e.g. "flite:slt"');

/** The engine id and voice id of "engine:voice" (engine "" when there is no colon). */
export function splitVoiceRef(ref: string): { engine: string; voice: string } {
  const colon = ref.indexOf(':');
  return colon < 0 ? { engine: '', voice: ref } : { engine: ref.slice(0, colon), voice: ref.slice(colon + 1) };
}

export type Gender = 'female' | 'male';

/** What casting needs to know of a voice an engine offers (the tts layer's VoiceInfo has these and more). */
export interface VoiceFacts {
  /** Engine-local id, the part after "engine:". */
  id: string;
  /** BCP 47 language, e.g. "en-US". */
  language: string;
  gender: Gender | null;
  /** The recorded speaker behind the voice, shared across engines (flite's slt and festival's HTS slt: "cmu-slt"). */
  speaker: string;
}

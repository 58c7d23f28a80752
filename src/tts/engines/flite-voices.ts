// Voice metadata shared by the system flite and the embedded flite-wasm engines.
import type { VoiceInfo } from '../engine.js';

/** Flite's built-in voices with their recorded speakers and measured natural rate (wpm over a news paragraph synthesized sentence by sentence). */
export const FLITE_VOICES: ReadonlyArray<VoiceInfo & { wpm: number }> = [
  { id: 'slt', name: 'CMU SLT (US female)', language: 'en-US', gender: 'female', speaker: 'cmu-slt', wpm: 186 },
  { id: 'rms', name: 'CMU RMS (US male)', language: 'en-US', gender: 'male', speaker: 'cmu-rms', wpm: 165 },
  { id: 'awb', name: 'CMU AWB (Scottish male)', language: 'en-GB', gender: 'male', speaker: 'cmu-awb', wpm: 183 },
  { id: 'kal16', name: 'CMU KAL 16 kHz (US male)', language: 'en-US', gender: 'male', speaker: 'cmu-kal', wpm: 203 },
  { id: 'kal', name: 'CMU KAL 8 kHz (US male)', language: 'en-US', gender: 'male', speaker: 'cmu-kal', wpm: 202 },
];

/** Keeps the known voices that the engine lists (awb_time is a talking clock and is left out). */
export function fliteVoicesFrom(listed: readonly string[]): VoiceInfo[] {
  return FLITE_VOICES.filter((v) => listed.includes(v.id)).map(({ wpm: _wpm, ...v }) => v);
}

/** Natural rate of a flite voice in words per minute. */
export function fliteWpm(voice: string): number {
  return FLITE_VOICES.find((v) => v.id === voice)?.wpm ?? 185;
}

/** flite's default narrator: slt for English, nothing otherwise. */
export function fliteDefaultVoice(language: string): string | null {
  return /^en(-|$)/i.test(language) ? 'slt' : null;
}

/** Parses "Voices available: kal awb_time ..." from `flite -lv`. */
export function parseFliteVoiceList(output: string): string[] {
  const line = /Voices available:(.*)/.exec(output)?.[1] ?? '';
  return line.trim().split(/\s+/).filter(Boolean);
}

// The text-to-speech engine interface: one object per engine in engines/<id>.ts satisfies it.
import type { Limiter } from './limiter.js';

import type { Gender, VoiceFacts } from '../cast/voice-ref.js';

export type { Gender };

/** A voice an engine offers. */
export interface VoiceInfo extends VoiceFacts {
  /** Engine-local id, the part after "engine:" in a voice reference (e.g. "slt"). */
  id: string;
  /** Human-readable name. */
  name: string;
  /** BCP 47 language, e.g. "en-US". */
  language: string;
  gender: Gender | null;
  /**
   * The recorded speaker behind the voice, shared across engines
   * (flite's slt and festival's HTS slt are both "cmu-slt").
   * Variants of one speaker (pitch or rate) add a suffix: "espeak-en+m3".
   */
  speaker: string;
}

export interface EngineStatus {
  available: boolean;
  /** Why not, and how to fix it, when unavailable. */
  reason?: string;
  /** Engine version string; part of the cache key. */
  version?: string;
}

/** What an engine found on this machine: whether it runs, its voices, and its default narrator per language. */
export interface Detection {
  status: EngineStatus;
  /** Voices this engine offers here (empty when unavailable). */
  voices: VoiceInfo[];
  /** The default narrator for a language (engine-local id), or null when it has none. */
  defaultVoice(language: string): string | null;
}

export interface SynthesisRequest {
  /** The spoken text (already normalized). Never passed through a shell or as an argument. */
  text: string;
  /** Engine-local voice id. */
  voice: string;
  /** Words per minute, or null for the voice's natural rate. */
  rate: number | null;
  /** Absolute path of the WAV file to write (a generated name). */
  outFile: string;
  signal?: AbortSignal;
}

/** An engine opened for a run; may keep worker processes or threads alive until close(). */
export interface EngineSession {
  synthesize(request: SynthesisRequest): Promise<void>;
  close(): Promise<void>;
}

export interface TtsEngine {
  /** Registry id, the part before ":" in a voice reference. */
  readonly id: string;
  readonly label: string;
  /** Platforms it can run on at all. */
  readonly platforms: readonly NodeJS.Platform[] | 'all';
  /** It reads acronyms and numbers well itself: the spoken text is rewritten less (no letter-by-letter acronyms). */
  readonly readsAcronyms?: boolean;
  /** Is it installed and usable here, with which voices? Memoized per process; never throws. */
  detect(): Promise<Detection>;
  /**
   * Open a session with at most `jobs` syntheses at once. `slots`, when given, is shared by the sessions of one run:
   * a synthesis holds a slot only while its process or worker runs (preparing its input does not), so the run never has
   * more than its --jobs at once across engines, and the next synthesis is ready the moment a slot frees.
   */
  open(options: { jobs: number; slots?: Limiter }): Promise<EngineSession>;
}

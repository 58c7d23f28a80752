// Synthesizes plan units to WAV files: parallel, cached by content hash. (CONTRACT — implementation pending)

/** One unit of synthesis: a sentence, or a quote inside a sentence. */
export interface Unit {
  /** "engine:voice". */
  voice: string;
  /** Normalized spoken text. */
  spoken: string;
  /** Words per minute, or null for the voice's natural rate. */
  rate: number | null;
}

export interface SynthesizedUnit {
  /** Absolute path of the unit's WAV file (in the cache, or in workDir with no cache). */
  wav: string;
  /** True when it came from the cache without running the engine. */
  cached: boolean;
}

export interface SynthesizeOptions {
  /** Total workers or processes at once across all engines. */
  jobs: number;
  /** Cache folder, or null for --no-cache (then files go to workDir and the caller removes them). */
  cacheDir: string | null;
  /** Scratch folder owned by the caller. */
  workDir: string;
  signal?: AbortSignal;
  /** Called after each unit finishes. */
  onUnit?: (event: { index: number; done: number; total: number; cached: boolean }) => void;
}

/** Synthesize every unit (deduplicated), returning WAV paths in the same order as `units`. */
export declare function synthesizeUnits(units: readonly Unit[], options: SynthesizeOptions): Promise<SynthesizedUnit[]>;

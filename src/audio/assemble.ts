// Joins unit WAVs with pauses into one encoded file with chapters and tags. (CONTRACT — implementation pending)

export type AudioFormat = 'm4b' | 'm4a' | 'mp3' | 'opus' | 'ogg';

export interface AssemblyUnit {
  /** A WAV file from synthesis (any rate, 16-bit or float, mono or stereo). */
  wav: string;
  /** Silence inserted before this unit, in milliseconds. */
  pauseBeforeMs: number;
  /** Level-matching group (the voice reference): each group is brought to the same loudness. */
  level: string;
}

export interface AssemblyChapter {
  title: string;
  units: AssemblyUnit[];
}

export interface AudioMetadata {
  title: string;
  artist?: string;
  album?: string;
  /** ISO date. */
  date?: string;
  comment?: string;
  genre?: string;
}

export interface AssembleOptions {
  chapters: AssemblyChapter[];
  /** Final output path; written to a temp file in the same folder and renamed when complete. */
  output: string;
  /** Defaults to the output's extension. */
  format?: AudioFormat;
  metadata: AudioMetadata;
  /** Cover image (JPEG or PNG). */
  cover?: string;
  signal?: AbortSignal;
  onProgress?: (event: { seconds: number; totalSeconds: number }) => void;
}

/** Exact timings of a build, in samples at `sampleRate`. */
export interface Timings {
  sampleRate: number;
  totalSamples: number;
  chapters: Array<{ title: string; start: number; end: number }>;
  /** Every unit in order (flattened across chapters). */
  units: Array<{ start: number; end: number }>;
}

export declare function assemble(options: AssembleOptions): Promise<Timings>;

// The audio layer's types: formats, tags, the units and chapters to assemble, and the timings a build returns.
export type { Timings } from '../plan/timings-file.js';

/** An output format, from the file extension. */
export type AudioFormat = 'm4b' | 'm4a' | 'mp3' | 'opus' | 'ogg';

/** One unit to place on the timeline. */
export interface AssemblyUnit {
  /**
   * A WAV file from synthesis (any rate, 16-bit or float, mono or stereo), or the promise of one still being
   * synthesized: then the encode starts at once and streams each unit as it arrives (see stream-mix.ts).
   */
  wav: string | Promise<string>;
  /** Expected seconds of speech (e.g. from its words), used only while units are still arriving. */
  estimatedSeconds?: number;
  /** Silence inserted before this unit, in milliseconds. */
  pauseBeforeMs: number;
  /** Level-matching group (the voice reference): each group is brought to the same loudness. */
  level: string;
}

/** A chapter: its title and its units in order. */
export interface AssemblyChapter {
  title: string;
  units: AssemblyUnit[];
}

/** Tags of the output file. */
export interface AudioMetadata {
  title: string;
  artist?: string;
  album?: string;
  /** ISO date. */
  date?: string;
  comment?: string;
  genre?: string;
}

/** A chapter on the sample timeline. */
export interface ChapterSpan {
  title: string;
  start: number;
  end: number;
}

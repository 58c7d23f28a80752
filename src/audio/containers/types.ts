// The interface every container backend satisfies (MP4, MP3, Ogg): encoder options, and how chapters, tags and cover
// get into the file.
import type { FfmpegInfo } from '../ffmpeg.js';
import type { AudioFormat, AudioMetadata, ChapterSpan } from '../types.js';

/** A cover image already read and recognised. */
export interface CoverImage {
  path: string;
  mime: 'image/jpeg' | 'image/png';
  data: Buffer;
}

/** What a container needs to turn the encoded audio into the final file. */
export interface FinishRequest {
  format: AudioFormat;
  /** The encoded audio alone (no tags, no chapters). */
  audioFile: string;
  /** The file to write (a temporary name; the caller renames it). */
  dest: string;
  meta: AudioMetadata;
  chapters: ChapterSpan[];
  /** The timeline's sample rate (chapter positions are in its samples). */
  rate: number;
  cover?: CoverImage;
  /** A private scratch folder. */
  workDir: string;
  ffmpeg: FfmpegInfo;
  signal?: AbortSignal;
}

export interface Container {
  /** The formats (extensions) this backend writes. */
  readonly formats: readonly AudioFormat[];
  /**
   * Sample-peak ceiling (dBFS) of the in-process limiter, low enough that the codec's overshoot keeps the decoded true
   * peak under -1 dBTP (measured: AAC 64k ~2 dB, Opus 48k ~1.5 dB, MP3 64k ~0.3 dB).
   */
  readonly peakCeilingDb: number;
  /** Decode the result once more to check loudness and true peak (for codecs that overshoot the most). */
  readonly verifyLoudness: boolean;
  /** Extension of the audio-only file the encode writes. */
  readonly audioExtension: string;
  /** ffmpeg output options of the audio-only encode of mono PCM at `rate`: codec, bitrate, rate, muxer. */
  encodeOptions(rate: number): string[];
  /** Write `dest` from the audio-only file, with chapters, tags and cover. */
  finish(request: FinishRequest): Promise<void>;
}

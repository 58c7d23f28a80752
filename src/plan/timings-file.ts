// The --timings JSON: exact sample positions of every chapter and segment of a build.
import type { Plan } from './schema.js';

/** Exact timings of a build, in samples at `sampleRate`. */
export interface Timings {
  sampleRate: number;
  totalSamples: number;
  chapters: Array<{ title: string; start: number; end: number }>;
  /** Every unit in order (flattened across chapters). */
  units: Array<{ start: number; end: number }>;
  /**
   * Loudness of the encoded file: integrated LUFS (predicted from the metered mix, or as ffmpeg's ebur128 decodes it
   * when `verified`), true peak dBTP (only when verified), the PCM mix as measured in-process, and the gain given to
   * each level group (dB).
   */
  loudness?: { integratedLufs: number; truePeakDbtp?: number; verified: boolean; mixLufs: number; gainsDb: Record<string, number> };
}

/** The --timings document: the timings joined with the plan, in samples and seconds. */
export interface TimingsFile {
  sampleRate: number;
  totalSamples: number;
  durationSeconds: number;
  chapters: Array<{ title: string; article: number; start: number; end: number; startSeconds: number; endSeconds: number }>;
  segments: Array<{
    chapter: number;
    segment: number;
    kind: 'narration' | 'quote';
    text: string;
    speaker: string | null;
    voice: string;
    paragraph: number;
    sentence: number;
    start: number;
    end: number;
  }>;
}

/** Join the plan with the assembled timings into the document --timings writes. */
export function timingsFile(plan: Plan, timings: Timings): TimingsFile {
  const segments: TimingsFile['segments'] = [];
  let unit = 0;
  plan.chapters.forEach((chapter, c) =>
    chapter.segments.forEach((segment, s) => {
      const t = timings.units[unit++]!;
      segments.push({
        chapter: c,
        segment: s,
        kind: segment.kind,
        text: segment.text,
        speaker: segment.speaker,
        voice: segment.voice,
        paragraph: segment.paragraph,
        sentence: segment.sentence,
        start: t.start,
        end: t.end,
      });
    }),
  );
  const rate = timings.sampleRate;
  return {
    sampleRate: rate,
    totalSamples: timings.totalSamples,
    durationSeconds: timings.totalSamples / rate,
    chapters: timings.chapters.map((ch, i) => ({
      title: ch.title,
      article: plan.chapters[i]!.article,
      start: ch.start,
      end: ch.end,
      startSeconds: ch.start / rate,
      endSeconds: ch.end / rate,
    })),
    segments,
  };
}

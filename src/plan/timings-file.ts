// The --timings JSON: exact sample positions of every chapter and segment of a build.
import type { Timings } from '../audio/assemble.js';
import type { Plan } from './schema.js';

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

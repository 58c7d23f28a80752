// WebVTT transcript: one cue per unit (a sentence, or a quote inside one), quotes tagged with their speaker.
import type { TimingsFile } from '../plan/timings-file.js';
import { vttTime } from './time-format.js';

/** A transcript cue: what was said, by whom (quotes), when, and where it sits in the plan. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  chapter: number;
  paragraph: number;
}

/** The cues of a build, in order: every unit with words and a duration. */
export function transcriptCues(timings: TimingsFile): Cue[] {
  const rate = timings.sampleRate;
  return timings.segments
    .filter((s) => s.text.trim() && s.end > s.start)
    .map((s) => ({
      start: s.start / rate,
      end: s.end / rate,
      text: s.text.replace(/\s+/g, ' ').trim(),
      speaker: s.kind === 'quote' ? s.speaker : null,
      chapter: s.chapter,
      paragraph: s.paragraph,
    }));
}

/** The transcript of a build as a WebVTT document. */
export function webVtt(timings: TimingsFile): string {
  const cues = transcriptCues(timings).map((cue, i) => {
    const text = escapeCue(cue.text);
    const body = cue.speaker ? `<v ${escapeAnnotation(cue.speaker)}>${text}</v>` : text;
    return `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${body}\n`;
  });
  return ['WEBVTT', '', ...cues].join('\n');
}

function escapeCue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAnnotation(name: string): string {
  return escapeCue(name.replace(/\s+/g, ' ').trim());
}

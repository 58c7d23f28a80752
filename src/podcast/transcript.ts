// WebVTT transcript: one cue per unit (a sentence, or a quote inside one), quotes tagged with their speaker.
import type { TimingsFile } from '../plan/timings-file.js';
import { vttTime } from './time-format.js';

/** The transcript of a build as a WebVTT document. */
export function webVtt(timings: TimingsFile): string {
  const rate = timings.sampleRate;
  const cues = timings.segments
    .filter((s) => s.text.trim() && s.end > s.start)
    .map((segment, i) => {
      const text = escapeCue(segment.text.replace(/\s+/g, ' ').trim());
      const body = segment.kind === 'quote' && segment.speaker ? `<v ${escapeAnnotation(segment.speaker)}>${text}</v>` : text;
      return `${i + 1}\n${vttTime(segment.start / rate)} --> ${vttTime(segment.end / rate)}\n${body}\n`;
    });
  return ['WEBVTT', '', ...cues].join('\n');
}

function escapeCue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAnnotation(name: string): string {
  return escapeCue(name.replace(/\s+/g, ' ').trim());
}

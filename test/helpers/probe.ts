// Reads audio files back with ffprobe/ffmpeg, independent of briefcast's own code.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const FFPROBE = process.env.FFPROBE_PATH ?? 'ffprobe';
export const FFMPEG = process.env.FFMPEG_PATH ?? 'ffmpeg';

export interface ProbeChapter {
  start: number;
  end: number;
  title: string;
}

/** Chapters and format info as ffprobe reports them. */
export async function probe(file: string, ffprobe = FFPROBE) {
  const { stdout } = await exec(ffprobe, ['-v', 'error', '-show_chapters', '-show_format', '-show_streams', '-of', 'json', file], {
    maxBuffer: 32 * 1024 * 1024,
  });
  const data = JSON.parse(stdout) as {
    chapters: Array<{ start_time: string; end_time: string; tags?: { title?: string } }>;
    format: { duration: string; tags?: Record<string, string>; format_name: string };
    streams: Array<{ codec_name: string; codec_type: string; sample_rate?: string; duration?: string }>;
  };
  return {
    chapters: data.chapters.map((c) => ({ start: Number(c.start_time), end: Number(c.end_time), title: c.tags?.title ?? '' })),
    duration: Number(data.format.duration),
    tags: data.format.tags ?? {},
    formatName: data.format.format_name,
    streams: data.streams,
  };
}

/** Silent intervals found by ffmpeg's silencedetect. */
export async function silences(file: string, noiseDb = -45, minSeconds = 0.2, ffmpeg = FFMPEG) {
  const { stderr } = await exec(ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', `silencedetect=noise=${noiseDb}dB:d=${minSeconds}`, '-f', 'null', '-'], {
    maxBuffer: 32 * 1024 * 1024,
  });
  const out: Array<{ start: number; end: number }> = [];
  let start: number | null = null;
  for (const line of stderr.split('\n')) {
    const s = /silence_start: (-?[\d.]+)/.exec(line);
    if (s) start = Number(s[1]);
    const e = /silence_end: ([\d.]+)/.exec(line);
    if (e && start !== null) {
      out.push({ start, end: Number(e[1]) });
      start = null;
    }
  }
  return out;
}

/** Integrated loudness (LUFS) and true peak (dBTP) of the decoded file, by ffmpeg's ebur128. */
export async function loudness(file: string, ffmpeg = FFMPEG) {
  const { stderr } = await exec(ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'], {
    maxBuffer: 32 * 1024 * 1024,
  });
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  return {
    integrated: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]),
    truePeak: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)?.[1]),
  };
}

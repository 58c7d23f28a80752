// Audio test helpers: make unit WAVs with real engines, read results back with ffmpeg/ffprobe run directly.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The bundled (2018, ffmpeg 4.1-era) binaries from npm. */
export const BUNDLED = {
  ffmpeg: path.resolve('node_modules/@ffmpeg-installer/linux-x64/ffmpeg'),
  ffprobe: path.resolve('node_modules/@ffprobe-installer/linux-x64/ffprobe'),
};

/** The binaries a test reads results with: the env ones when set (same as the code under test), else the system ones. */
export function tools(): { ffmpeg: string; ffprobe: string } {
  return { ffmpeg: process.env.FFMPEG_PATH ?? 'ffmpeg', ffprobe: process.env.FFPROBE_PATH ?? 'ffprobe' };
}

/** A fresh temp folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `bc-audio-${prefix}-`));
}

/** Is a program on PATH? */
export function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && existsSync(path.join(d, name)));
}

/** In CI a missing engine fails the test; elsewhere the caller skips. */
export function needEngines(names: string[]): boolean {
  const missing = names.filter((n) => !onPath(n));
  if (missing.length === 0) return true;
  if (process.env.CI === 'true') throw new Error(`required in CI: ${missing.join(', ')}`);
  return false;
}

/** Synthesize `text` with espeak-ng (22050 Hz) into `file`; `amplitude` 0-200 (espeak's -a) to make a quiet or loud voice. */
export async function espeak(file: string, text: string, amplitude = 100): Promise<string> {
  const txt = `${file}.txt`;
  await writeFile(txt, text);
  await exec('espeak-ng', ['-a', String(amplitude), '-f', txt, '-w', file]);
  return file;
}

/** Synthesize `text` with flite (voice slt 16 kHz, kal 8 kHz) into `file`. */
export async function flite(file: string, text: string, voice = 'slt'): Promise<string> {
  const txt = `${file}.txt`;
  await writeFile(txt, text);
  await exec('flite', ['-voice', voice, '-f', txt, '-o', file]);
  return file;
}

/** Convert a WAV with sox-free ffmpeg into another layout (e.g. 48 kHz stereo float or 24-bit extensible). */
export async function convertWav(input: string, output: string, args: string[]): Promise<string> {
  await exec('ffmpeg', ['-v', 'error', '-y', '-i', input, ...args, output]);
  return output;
}

/** Number of samples and rate of a WAV, read by ffprobe. */
export async function wavSamples(file: string): Promise<{ samples: number; rate: number }> {
  const { stdout } = await exec(tools().ffprobe, ['-v', 'error', '-show_entries', 'stream=sample_rate,duration_ts', '-of', 'json', file]);
  const s = (JSON.parse(stdout) as { streams: Array<{ sample_rate: string; duration_ts: number }> }).streams[0]!;
  return { samples: Number(s.duration_ts), rate: Number(s.sample_rate) };
}

/** Chapters read back by ffprobe, in seconds. */
export async function probeChapters(file: string): Promise<Array<{ title: string; start: number; end: number }>> {
  const { stdout } = await exec(tools().ffprobe, ['-v', 'error', '-show_chapters', '-of', 'json', file]);
  const json = JSON.parse(stdout) as { chapters: Array<{ start_time: string; end_time: string; tags?: { title?: string } }> };
  return json.chapters.map((c) => ({ title: c.tags?.title ?? '', start: Number(c.start_time), end: Number(c.end_time) }));
}

/** Format name and tags read by ffprobe (container tags, plus the audio stream's for Ogg, where Vorbis comments live). */
export async function probeFormat(file: string): Promise<{ name: string; tags: Record<string, string> }> {
  const { stdout } = await exec(tools().ffprobe, ['-v', 'error', '-show_entries', 'format=format_name:format_tags:stream_tags', '-of', 'json', file]);
  const json = JSON.parse(stdout) as { format: { format_name: string; tags?: Record<string, string> }; streams?: Array<{ tags?: Record<string, string> }> };
  return { name: json.format.format_name, tags: { ...json.streams?.[0]?.tags, ...json.format.tags } };
}

/** Decode the first audio stream to mono 24 kHz and count the samples (an independent duration). */
export async function decodedSeconds(file: string): Promise<number> {
  const { stdout } = await exec(tools().ffmpeg, ['-v', 'error', '-i', file, '-map', '0:a:0', '-ac', '1', '-ar', '24000', '-f', 's16le', '-'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout.length / 2 / 24000;
}

/** Silent intervals found by ffmpeg's silencedetect. */
export async function silences(file: string, noiseDb = -45, minSeconds = 0.15): Promise<Array<[number, number]>> {
  const { stderr } = await exec(tools().ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', `silencedetect=noise=${noiseDb}dB:d=${minSeconds}`, '-f', 'null', '-']);
  const out: Array<[number, number]> = [];
  let start: number | undefined;
  for (const line of stderr.split('\n')) {
    const s = /silence_start: (-?[\d.]+)/.exec(line);
    const e = /silence_end: (-?[\d.]+)/.exec(line);
    if (s) start = Number(s[1]);
    if (e && start !== undefined) {
      out.push([start, Number(e[1])]);
      start = undefined;
    }
  }
  if (start !== undefined) out.push([start, Infinity]);
  return out;
}

/** Integrated loudness and true peak of the decoded file (or of [start, start + duration) seconds of it), by ffmpeg's ebur128. */
export async function ebur128(file: string, range?: [number, number]): Promise<{ integrated: number; truePeak: number }> {
  const trim = range ? [`atrim=start=${range[0]}:duration=${range[1]}`] : [];
  const af = [...trim, 'ebur128=peak=true'].join(',');
  const { stderr } = await exec(tools().ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-map', '0:a:0', '-af', af, '-f', 'null', '-']);
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const i = /I:\s+(-?[\d.]+)\s+LUFS/.exec(summary);
  const tp = /Peak:\s+(-?[\d.]+)\s+dBFS/.exec(summary);
  if (!i || !tp) throw new Error(`no ebur128 summary in: ${summary}`);
  return { integrated: Number(i[1]), truePeak: Number(tp[1]) };
}

/** Integrated loudness of a WAV by ffmpeg's ebur128, at the file's own rate (the reference for loudness.ts). */
export async function ebur128Wav(file: string): Promise<number> {
  return (await ebur128(file)).integrated;
}

/** A small JPEG cover made by ffmpeg. */
export async function makeCover(file: string): Promise<string> {
  await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=navy:s=320x320', '-frames:v', '1', file]);
  return file;
}

/** Does the file carry an attached picture (cover) stream, as ffprobe sees it? */
export async function hasCover(file: string): Promise<boolean> {
  const { stdout } = await exec(tools().ffprobe, ['-v', 'error', '-show_entries', 'stream=codec_type:stream_disposition=attached_pic', '-of', 'json', file]);
  const streams = (JSON.parse(stdout) as { streams: Array<{ codec_type: string; disposition?: { attached_pic?: number } }> }).streams;
  return streams.some((s) => s.codec_type === 'video' && s.disposition?.attached_pic === 1);
}

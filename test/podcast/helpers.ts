// Helpers for the podcast tests: plans with quotes and URLs, temp folders, raw HTTP, ffprobe/ebur128 read-back.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Plan } from '../../src/plan/schema.js';
import { getEngine } from '../../src/tts/registry.js';

const exec = promisify(execFile);

/** A fresh temp folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `bc-podcast-${prefix}-`));
}

/** In CI a missing engine fails the test; elsewhere the test skips. */
export async function engineOrSkip(id: string, skip: (note?: string) => void): Promise<void> {
  const { status } = await (await getEngine(id)).detect();
  if (status.available) return;
  if (process.env.CI === 'true') throw new Error(`${id} is required in CI: ${status.reason}`);
  skip(`${id} unavailable: ${status.reason}`);
}

/** espeak-ng is the fast engine these tests use. */
export function espeakOrSkip(skip: (note?: string) => void): Promise<void> {
  return engineOrSkip('espeak-ng', skip);
}

const N = 'espeak-ng:en-us';
const Q = 'espeak-ng:en-us+m3';

/** A short two-chapter plan of one web article with a quote by a named speaker. */
export function ferryPlan(options: { url?: string; extra?: string; title?: string } = {}): Plan {
  const url = options.url ?? 'https://news.example.org/ferry?id=7&lang=en';
  const seg = (kind: 'narration' | 'quote', text: string, paragraph: number, sentence: number, speaker: string | null = null) => ({
    kind,
    text,
    spoken: text,
    speaker,
    voice: kind === 'quote' ? Q : N,
    paragraph,
    sentence,
  });
  return {
    version: 1,
    title: options.title ?? 'Night ferry returns',
    language: 'en',
    rate: null,
    articles: [{ title: options.title ?? 'Night ferry returns', source: url, url, byline: 'Ann Lee', date: '2026-11-24' }],
    chapters: [
      {
        title: 'Night ferry returns',
        article: 0,
        segments: [seg('narration', 'Night ferry returns', 0, 0), seg('narration', 'The night ferry runs again from Monday.', 1, 0)],
      },
      {
        title: 'Islanders <glad> & ready',
        article: 0,
        segments: [
          seg('quote', '"We waited two winters,"', 2, 0, 'Dana Whitlock'),
          seg('narration', 'said Dana Whitlock.', 2, 0),
          seg('narration', options.extra ?? 'Tickets cost the same.', 3, 0),
        ],
      },
    ],
    cast: [{ speaker: 'Dana Whitlock', voice: Q, quotes: 1 }],
  };
}

/** Write a plan file into `dir` and return its path. */
export async function writePlan(dir: string, name: string, plan: Plan): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(plan));
  return file;
}

/** Every file under `dir` (recursively, dotfiles included) with its mtime and size. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const s = await stat(p);
        out[path.relative(dir, p)] = `${s.mtimeMs}:${s.size}`;
      }
    }
  };
  await walk(dir);
  return out;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request with the path sent exactly as given (fetch would normalize "..") */
export function rawRequest(port: number, target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Chapters as ffprobe reads them from an audio file. */
export async function probeChapters(file: string): Promise<Array<{ start: number; title: string }>> {
  const { stdout } = await exec('ffprobe', ['-v', 'error', '-show_chapters', '-of', 'json', file]);
  const data = JSON.parse(stdout) as { chapters: Array<{ start_time: string; tags?: { title?: string } }> };
  return data.chapters.map((c) => ({ start: Number(c.start_time), title: c.tags?.title ?? '' }));
}

/** Codec name and duration of the first audio stream, from ffprobe. */
export async function probeAudio(file: string): Promise<{ codec: string; duration: number; width?: number; height?: number }> {
  const { stdout } = await exec('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]);
  const data = JSON.parse(stdout) as { streams: Array<{ codec_name: string; width?: number; height?: number }>; format: { duration?: string } };
  const s = data.streams[0]!;
  return { codec: s.codec_name, duration: Number(data.format.duration ?? 0), width: s.width, height: s.height };
}

/** Integrated loudness and true peak of a file, from ffmpeg's ebur128 filter on the decoded audio. */
export async function ebur128(file: string): Promise<{ integrated: number; truePeak: number }> {
  const { stderr } = await exec('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'], { maxBuffer: 64 * 1024 * 1024 });
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const i = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  const tp = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (!i || !tp) throw new Error(`no ebur128 summary in: ${summary}`);
  return { integrated: Number(i[1]), truePeak: Number(tp[1]) };
}

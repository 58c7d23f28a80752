// The one module that knows ffmpeg: binary resolution, version, the streaming encode (arguments built by fluent-ffmpeg,
// the process run by src/process/run.ts) and measuring.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { AbortError, DependencyError } from '../errors.js';
import { run } from '../process/run.js';
import { ebur128Args, parseEbur128, type EncodePlan } from './args.js';

/** Which ffmpeg/ffprobe are used, where they came from, and the ffmpeg version. */
export interface FfmpegInfo {
  ffmpeg: string;
  ffprobe: string;
  source: 'env' | 'system' | 'bundled';
  version: string;
  major: number;
  minor: number;
}

const require = createRequire(import.meta.url);
let cached: Promise<FfmpegInfo> | undefined;
let cachedKey = '';

/** Resolve the binaries (FFMPEG_PATH/FFPROBE_PATH, else PATH, else the npm-bundled ones) and read the version. */
export function ffmpegInfo(): Promise<FfmpegInfo> {
  const key = `${process.env.FFMPEG_PATH ?? ''}|${process.env.FFPROBE_PATH ?? ''}|${process.env.PATH ?? ''}`;
  if (!cached || key !== cachedKey) {
    cachedKey = key;
    cached = loadInfo();
    cached.catch(() => (cached = undefined));
  }
  return cached;
}

async function loadInfo(): Promise<FfmpegInfo> {
  const bins = resolveBinaries();
  const { stdout } = await run(bins.ffmpeg, ['-hide_banner', '-version'], { timeoutMs: 20_000 });
  return { ...bins, ...parseVersion(stdout) };
}

function resolveBinaries(): Pick<FfmpegInfo, 'ffmpeg' | 'ffprobe' | 'source'> {
  const envF = process.env.FFMPEG_PATH;
  const envP = process.env.FFPROBE_PATH;
  if (envF || envP) {
    const f = envF ?? findOnPath('ffmpeg') ?? bundled('ffmpeg');
    const p = envP ?? findOnPath('ffprobe') ?? bundled('ffprobe');
    if (f && p) return { ffmpeg: f, ffprobe: p, source: 'env' };
  }
  const sf = findOnPath('ffmpeg');
  const sp = findOnPath('ffprobe');
  if (sf && sp) return { ffmpeg: sf, ffprobe: sp, source: 'system' };
  const bf = bundled('ffmpeg');
  const bp = bundled('ffprobe');
  if (bf && bp) return { ffmpeg: bf, ffprobe: bp, source: 'bundled' };
  throw new DependencyError('ffmpeg and ffprobe were not found', {
    hint: 'install ffmpeg (e.g. apt-get install ffmpeg), set FFMPEG_PATH/FFPROBE_PATH, or reinstall with npm ci to get the bundled ones',
  });
}

function findOnPath(name: string): string | undefined {
  const exe = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, exe);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function bundled(name: 'ffmpeg' | 'ffprobe'): string | undefined {
  try {
    const mod = require(`@${name}-installer/${name}`) as { path?: string };
    return mod.path;
  } catch {
    return undefined;
  }
}

// libavformat major.minor of each ffmpeg release, for builds whose version is a git id (the bundled one).
const LAVF: Array<[number, number, number, number]> = [
  [57, 25, 3, 0], [57, 56, 3, 1], [57, 71, 3, 3], [57, 83, 3, 4], [58, 12, 4, 0], [58, 20, 4, 1], [58, 29, 4, 2],
  [58, 45, 4, 3], [58, 76, 4, 4], [59, 16, 5, 0], [59, 27, 5, 1], [60, 3, 6, 0], [60, 16, 6, 1], [61, 1, 7, 0], [61, 7, 7, 1],
];

/** Parse `ffmpeg -version`: a release number, or the libavformat version mapped to the release it follows. */
export function parseVersion(text: string): { version: string; major: number; minor: number } {
  const version = /ffmpeg version (\S+)/.exec(text)?.[1] ?? 'unknown';
  const rel = /^n?(\d+)\.(\d+)/.exec(version);
  if (rel) return { version, major: Number(rel[1]), minor: Number(rel[2]) };
  const lavf = /libavformat\s+(\d+)\.\s*(\d+)/.exec(text);
  let major = 0;
  let minor = 0;
  if (lavf) {
    const [M, m] = [Number(lavf[1]), Number(lavf[2])];
    for (const [lM, lm, fM, fm] of LAVF) if (M > lM || (M === lM && m >= lm)) [major, minor] = [fM, fm];
  }
  return { version, major, minor };
}

/** Seconds of output ffmpeg reports in a progress line (`… time=00:01:02.50 …`), or undefined. */
export function parseFfmpegTime(line: string): number | undefined {
  const t = /time=\s*(-?)(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(line);
  if (!t) return undefined;
  const seconds = Number(t[2]) * 3600 + Number(t[3]) * 60 + Number(t[4]);
  return t[1] ? 0 : seconds;
}

/**
 * The argument list of an encode, built by fluent-ffmpeg (the design card's ffmpeg library) from a plan's inputs and
 * options; the process itself is run by src/process/run.ts, so its exit code and signal come from the process.
 */
export function encodeArgv(plan: EncodePlan, output: string): string[] {
  const cmd = ffmpeg();
  for (const input of plan.inputs) {
    cmd.input(input.source === 'stdin' ? 'pipe:0' : input.source);
    // Spread arguments: given one array, fluent-ffmpeg splits values at spaces (breaking the brand "M4B ").
    if (input.options.length > 0) cmd.inputOptions(...input.options);
  }
  cmd.output(output).outputOptions(...plan.outputOptions);
  // _getArguments is the builder fluent-ffmpeg runs itself (lib/processor.js); calling it skips its capability probes
  // (`ffmpeg -formats`, `-encoders`: two processes) and its own spawning.
  const built = (cmd as unknown as { _getArguments(): string[] })._getArguments();
  return ['-hide_banner', '-nostdin', ...built];
}

/** Run one encode: `input` streams raw PCM into ffmpeg's stdin; progress from ffmpeg's time= against `totalSeconds`. */
export async function encodeStream(opts: {
  plan: EncodePlan;
  input: Readable;
  output: string;
  totalSeconds: number;
  signal?: AbortSignal;
  onProgress?: (event: { seconds: number; totalSeconds: number }) => void;
}): Promise<void> {
  const info = await ffmpegInfo();
  if (opts.signal?.aborted) throw new AbortError();
  const onStderrLine = opts.onProgress
    ? (line: string) => {
        const seconds = parseFfmpegTime(line);
        if (seconds !== undefined) opts.onProgress!({ seconds: Math.min(seconds, opts.totalSeconds), totalSeconds: opts.totalSeconds });
      }
    : undefined;
  // A unit that cannot be read fails the input stream: run() kills ffmpeg, waits for it, and rejects with that cause.
  await run(info.ffmpeg, encodeArgv(opts.plan, opts.output), { input: opts.input, signal: opts.signal, onStderrLine });
}

/** Run ffmpeg with plain arguments (short jobs: decoding, measuring); resolves with its output. */
export async function runFfmpeg(args: string[], signal?: AbortSignal): Promise<{ stdout: string; stderr: string }> {
  const info = await ffmpegInfo();
  return run(info.ffmpeg, args, { signal });
}

/** Integrated loudness (LUFS) and true peak (dBTP) of a file's first audio stream, decoded by ffmpeg (ebur128). */
export async function measureFile(file: string, signal?: AbortSignal): Promise<{ integrated: number; truePeak: number }> {
  const { stderr } = await runFfmpeg(ebur128Args(file), signal);
  const parsed = parseEbur128(stderr);
  if (!parsed) throw new Error(`could not read the ebur128 summary for ${file}`);
  return parsed;
}

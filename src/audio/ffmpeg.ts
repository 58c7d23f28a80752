// The one module that runs ffmpeg/ffprobe: binary resolution, version, the streaming encode and probes.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ffmpeg from 'fluent-ffmpeg';
import { AbortError, DependencyError, ProcessError } from '../errors.js';
import { run } from '../process/run.js';
import { ebur128Args, parseEbur128, planArgv, type EncodePlan } from './args.js';

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
  const argv = planArgv(opts.plan, opts.output);
  return new Promise<void>((resolve, reject) => {
    // fluent-ffmpeg checks the formats and encoders once per process (cached); warmUp() starts that early.
    const cmd = ffmpeg().setFfmpegPath(info.ffmpeg).setFfprobePath(info.ffprobe);
    for (const input of opts.plan.inputs) {
      cmd.input(input.source === 'stdin' ? opts.input : input.source);
      // Spread arguments: given one array, fluent-ffmpeg splits values at spaces (breaking the brand "M4B ").
      if (input.options.length > 0) cmd.inputOptions(...input.options);
    }
    cmd.output(opts.output).outputOptions(...opts.plan.outputOptions);
    let stderr = '';
    let inputError: unknown;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      if (!error) return resolve();
      // Stop producing PCM, and reject only once ffmpeg is gone (fluent-ffmpeg reports an input error before it exits),
      // so the caller's clean-up never races a still-writing encoder.
      opts.input.destroy();
      const proc = (cmd as unknown as { ffmpegProc?: import('node:child_process').ChildProcess }).ffmpegProc;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return reject(error);
      proc.once('exit', () => reject(error));
      proc.kill('SIGKILL');
    };
    const onAbort = () => cmd.kill('SIGKILL');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    // A read error of a unit WAV is the real cause; keep it rather than fluent-ffmpeg's wrapper.
    opts.input.on('error', (e) => (inputError ??= e));
    cmd.on('stderr', (line: string) => {
      stderr = `${stderr}${line}\n`.slice(-16_384);
      // fluent-ffmpeg's percent is wrong for piped input (and its progress event would ffprobe our stdin): parse time= ourselves.
      const t = /time=\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(line);
      if (t && opts.onProgress) {
        const seconds = Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3]);
        opts.onProgress({ seconds: Math.min(seconds, opts.totalSeconds), totalSeconds: opts.totalSeconds });
      }
    });
    cmd.on('error', (err: Error, _stdout: string | null, fullStderr: string | null) => {
      if (opts.signal?.aborted) return finish(new AbortError());
      const inErr = (err as { inputStreamError?: unknown }).inputStreamError ?? inputError;
      if (inErr) return finish(inErr);
      const code = /exited with code (-?\d+)/.exec(err.message);
      const sig = /killed with signal (\w+)/.exec(err.message);
      finish(
        new ProcessError({
          command: info.ffmpeg,
          args: argv,
          code: code ? Number(code[1]) : null,
          signal: (sig?.[1] as NodeJS.Signals | undefined) ?? null,
          stderr: fullStderr || stderr,
          cause: err,
        }),
      );
    });
    // An abort while fluent-ffmpeg still checked capabilities found no process to kill: stop it as it starts.
    cmd.on('start', () => {
      if (opts.signal?.aborted) cmd.kill('SIGKILL');
    });
    cmd.on('end', () => finish());
    cmd.run();
  });
}

/**
 * Start fluent-ffmpeg's one-time capability checks (`ffmpeg -formats`, `-encoders`, cached per process) in the
 * background, so the encode at the end of a run does not wait for them. Errors surface later, in the encode.
 */
export async function warmUp(): Promise<void> {
  const info = await ffmpegInfo();
  const cmd = ffmpeg().setFfmpegPath(info.ffmpeg).setFfprobePath(info.ffprobe);
  cmd.availableFormats(() => undefined);
  cmd.availableEncoders(() => undefined);
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

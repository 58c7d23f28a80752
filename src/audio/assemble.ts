// Joins unit WAVs with pauses into one encoded file with chapters and tags.
// The mixer (mix/mixer.ts) streams the levelled, limited PCM into ONE ffmpeg encode of the audio alone; the container
// (containers/) then adds chapters, tags and cover. Units still being synthesized are mixed as they arrive, each voice's
// gain set from its first units; when every unit is ready the layout is measured first and gains are exact. The loudness
// of what was sent is metered; if the mix missed its target (or a voice as a whole was far from its first units), the
// file is encoded once more from the stored PCM with exact gains. Opus, whose encoder overshoots most, is decoded once
// and measured with ffmpeg's ebur128.
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AbortError, UserError } from '../errors.js';
import { tempPathFor } from '../util/atomic-write.js';
import { ensureWritableDir } from '../util/fs-checks.js';
import { encodePlan } from './args.js';
import { containerFor, type CoverImage } from './containers/container.js';
import { encodeStream, ffmpegInfo, measureFile } from './ffmpeg.js';
import { formatFromPath } from './formats.js';
import { streamMixRate } from './mix/arrivals.js';
import { dbToGain, levelGains, type MixTarget } from './mix/gains.js';
import { chooseMixRate, LayoutBuilder, layoutUnits, type Layout } from './mix/layout.js';
import { integratedLoudness, type SlotEnergy } from './mix/loudness.js';
import { arrivingUnits, mixChunks, storedUnits, type UnitSource } from './mix/mixer.js';
import type { UnitPrefetch } from './mix/prefetch.js';
import type { AssemblyChapter, AudioFormat, AudioMetadata, Timings } from './types.js';

export type { AssemblyChapter, AssemblyUnit, AudioFormat, AudioMetadata, Timings } from './types.js';

export interface AssembleOptions {
  chapters: AssemblyChapter[];
  /** Final output path; written to a temp file in the same folder and renamed when complete. */
  output: string;
  /** Defaults to the output's extension. */
  format?: AudioFormat;
  metadata: AudioMetadata;
  /** Cover image (JPEG or PNG). */
  cover?: string;
  signal?: AbortSignal;
  onProgress?: (event: { seconds: number; totalSeconds: number }) => void;
  /** Internal and output rate (Opus is always 48 kHz out); defaults to the native rate of most of the units. */
  sampleRate?: number;
  /** Decode the encoded file once more to check loudness and true peak (re-encoding once when off); default: the container's choice (Opus only). */
  verifyLoudness?: boolean;
  /** Units already being decoded (see UnitPrefetch): the mix takes them from memory. */
  prefetch?: UnitPrefetch;
}

/** The fallback internal PCM rate (mono float) when no unit says otherwise. */
export const SAMPLE_RATE = 24_000;
/** Integrated loudness target of the final mix (Apple's spoken-word recommendation). */
export const TARGET_LUFS = -16;
/** Loudness the lossy encoders remove (their low-pass cuts K-weighted highs): measured 0.1-0.5 LU at these bitrates. */
const CODEC_LOSS_LU = 0.3;
/** Highest true peak allowed in the decoded output (dBTP). */
const MAX_TRUE_PEAK_DB = -1;
const TAIL_MS = 400;
/** How far a voice as a whole may be from the units its streamed gain was set from before the mix is redone exactly. */
const MAX_VOICE_DRIFT_LU = 1;

/** Join the units, level voices, encode once with chapters and tags; returns the exact sample timings. */
export async function assemble(options: AssembleOptions): Promise<Timings> {
  const { signal } = options;
  // Units still to come are awaited only once the encode runs: a failure before that must not be an unhandled
  // rejection (the mixer sees it through its own handlers).
  for (const chapter of options.chapters) for (const unit of chapter.units) if (typeof unit.wav !== 'string') unit.wav.catch(() => undefined);
  const output = path.resolve(options.output);
  const format = options.format ?? formatFromPath(output);
  if (!format) throw new UserError(`unsupported output format: ${path.basename(output)}`, { hint: 'use .m4b, .m4a, .mp3, .opus or .ogg' });
  if (options.chapters.length === 0) throw new UserError('nothing to assemble: no chapters');
  const container = containerFor(format);
  await checkWritableDir(path.dirname(output));
  const cover = options.cover ? await readCover(options.cover) : undefined;
  const info = await ffmpegInfo();

  const work = await mkdtemp(path.join(os.tmpdir(), 'briefcast-audio-'));
  const tmp = tempPathFor(output);
  const audioFile = path.join(work, `audio.${container.audioExtension}`);
  try {
    const streaming = options.chapters.some((c) => c.units.some((u) => typeof u.wav !== 'string'));
    const rate =
      options.sampleRate ??
      (streaming
        ? await streamMixRate(options.chapters, SAMPLE_RATE, signal)
        : await chooseMixRate(options.chapters.flatMap((c) => c.units.map((u) => u.wav as string)), SAMPLE_RATE));
    const verify = options.verifyLoudness ?? container.verifyLoudness;
    const expectedSeconds = options.chapters.reduce((t, c) => t + c.units.reduce((u, x) => u + (x.estimatedSeconds ?? 1), 0), 0);
    let target: MixTarget = { lufs: TARGET_LUFS + CODEC_LOSS_LU, ceiling: dbToGain(container.peakCeilingDb) };
    let layout: Layout | undefined;
    let result: { gains: Map<string, number>; mixLufs: number; measured?: { integrated: number; truePeak: number } };
    for (let attempt = 0; ; attempt++) {
      const streamed = streaming && attempt === 0;
      const meter = { slots: new Map() as SlotEnergy };
      let gains: Map<string, number>;
      let source: UnitSource;
      // The loudness (LUFS) of the units each voice's streamed gain was set from.
      const sampled = new Map<string, number>();
      let arriving: ReturnType<typeof arrivingUnits> | undefined;
      if (streamed) {
        gains = new Map();
        const builder = new LayoutBuilder(rate, work);
        source = arriving = arrivingUnits({ chapters: options.chapters, builder, tailMs: TAIL_MS, target, gains, sampled, prefetch: options.prefetch, signal });
      } else {
        layout ??= await layoutUnits({ chapters: options.chapters, rate, tailMs: TAIL_MS, workDir: work, prefetch: options.prefetch, signal });
        gains = await levelGains(layout, target, signal);
        source = storedUnits(layout, gains);
      }
      const plan = encodePlan({ sampleRate: rate, codecOptions: container.encodeOptions(rate) });
      const totalSeconds = layout ? layout.totalSamples / rate : expectedSeconds;
      await encodeStream({ plan, input: Readable.from(mixChunks(source, { target, meter, signal })), output: audioFile, totalSeconds, signal, onProgress: options.onProgress });
      if (arriving) layout = arriving.layout();
      await rm(tmp, { force: true });
      await container.finish({ format, audioFile, dest: tmp, meta: options.metadata, chapters: layout!.chapters, rate, cover, workDir: work, ffmpeg: info, signal });
      // How far the streamed gains were from the whole voices' loudness (LU): 0 for an exact mix.
      let voicesOff = 0;
      for (const [level, early] of sampled) {
        const whole = integratedLoudness(layout!.groups.get(level) ?? new Map(), rate);
        if (Number.isFinite(whole) && Number.isFinite(early)) voicesOff = Math.max(voicesOff, Math.abs(whole - early));
      }
      const mixLufs = integratedLoudness(meter.slots, rate);
      // Check the decoded result when asked: codecs overshoot peaks (Opus at low rates on transients by up to 3 dB).
      const measured = verify ? await measureFile(tmp, signal) : undefined;
      result = { gains, mixLufs, measured };
      const peakOver = measured ? measured.truePeak - MAX_TRUE_PEAK_DB : 0;
      const loudOff = TARGET_LUFS - (measured ? measured.integrated : mixLufs - CODEC_LOSS_LU);
      // A streamed mix levelled each voice from its first units: kept when the mix is within 0.5 LU and no voice as a whole
      // is more than 1 LU from its first units, else the whole layout decides.
      const allowed = streamed ? 0.5 : 0.8;
      const ok = peakOver <= 0 && Math.abs(loudOff) <= allowed && voicesOff <= MAX_VOICE_DRIFT_LU;
      if (attempt >= (streaming ? 2 : 1) || !Number.isFinite(loudOff) || ok) break;
      // One more encode from the stored PCM: codec overshoot grows with level, so lower the ceiling and (within the
      // ±1 LU allowed) the level by the overshoot, and correct the loudness by what was missed (not after a streamed mix:
      // its miss came from the early gains, which the whole layout now replaces).
      const over = Math.max(0, peakOver);
      target = {
        lufs: target.lufs + (streamed ? 0 : loudOff) - Math.min(over > 0 ? over + 0.2 : 0, 0.7),
        ceiling: target.ceiling * dbToGain(over > 0 ? -(over + 0.5) : 0),
      };
    }
    if (signal?.aborted) throw new AbortError();
    await rename(tmp, output);
    const { measured } = result;
    const done = layout!;
    return {
      sampleRate: rate,
      totalSamples: done.totalSamples,
      chapters: done.chapters,
      units: done.units.map((u) => ({ start: u.start, end: u.end })),
      loudness: {
        integratedLufs: measured ? measured.integrated : round2(result.mixLufs - CODEC_LOSS_LU),
        ...(measured ? { truePeakDbtp: measured.truePeak } : {}),
        verified: measured !== undefined,
        mixLufs: round2(result.mixLufs),
        gainsDb: Object.fromEntries([...result.gains].map(([k, g]) => [k, round2(20 * Math.log10(g))])),
      },
    };
  } catch (error) {
    if (signal?.aborted) throw new AbortError();
    throw error;
  } finally {
    await rm(tmp, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}

async function checkWritableDir(dir: string): Promise<void> {
  try {
    await ensureWritableDir(dir, { create: false });
  } catch (error) {
    throw new UserError(`cannot write to the output folder ${dir}`, {
      hint: 'choose another output path or fix the folder permissions',
      cause: error,
    });
  }
}

async function readCover(file: string): Promise<CoverImage> {
  const resolved = path.resolve(file);
  let data: Buffer;
  try {
    data = await readFile(resolved);
  } catch (error) {
    throw new UserError(`cannot read the cover image ${file}`, { hint: 'give a JPEG or PNG file', cause: error });
  }
  const mime = data[0] === 0xff && data[1] === 0xd8 ? 'image/jpeg' : data.subarray(0, 4).toString('latin1') === '\x89PNG' ? 'image/png' : undefined;
  if (!mime) throw new UserError(`the cover image ${file} is not a JPEG or PNG file`, { hint: 'convert it to JPEG or PNG' });
  return { path: resolved, mime, data };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// Joins unit WAVs with pauses into one encoded file with chapters and tags.
// Pass 1 decodes each unit at the mix rate (the native rate of most units, so most need no resampling) and measures it
// (kept in memory, or as raw f32 in a temp folder for long briefings); a make-up pass runs only when the limiter acts;
// pass 2 streams the levelled PCM into ONE ffmpeg encode. When units are still being synthesized, both passes run at
// once as they arrive (stream-mix.ts) into an audio-only encode, and a remux adds chapters, tags and cover. The output loudness is predicted from the metered mix; an
// ebur128 decode checks the encoded file only when asked (and by default for Opus, whose peaks overshoot the most).
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AbortError, UserError } from '../errors.js';
import { tempPathFor } from '../util/atomic-write.js';
import { ensureWritableDir } from '../util/fs-checks.js';
import { encodePlan, formatFromPath, planArgv, remuxPlan } from './args.js';
import { ffmetadata, id3Tags, vorbisChapterTags, vorbisPictureTag } from './chapters.js';
import { encodeStream, ffmpegInfo, measureFile, runFfmpeg } from './ffmpeg.js';
import { writeTaggedMp3 } from './id3-file.js';
import type { UnitPrefetch } from './mix/prefetch.js';
import { integratedLoudness, type SlotEnergy } from './mix/loudness.js';
import { chooseMixRate, LayoutBuilder, layoutUnits, type Layout } from './mix/layout.js';
import { dbToGain, levelGains, pcmChunks, type MixTarget } from './mix/gains.js';
import { streamChunks, streamMixRate } from './mix/stream-mix.js';
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
  /**
   * Decode the encoded file once more to check integrated loudness and true peak with ffmpeg's ebur128 (re-encoding
   * once when off). Defaults to true for Opus/Ogg only: AAC and MP3 land where the in-process meter predicts.
   */
  verifyLoudness?: boolean;
  /** Units already being decoded (see UnitPrefetch): pass 1 takes them from memory. */
  prefetch?: UnitPrefetch;
}


/** The fallback internal PCM rate (mono float) when no unit says otherwise. */
export const SAMPLE_RATE = 24_000;
/** Integrated loudness target of the final mix (Apple's spoken-word recommendation). */
export const TARGET_LUFS = -16;
/**
 * Sample-peak ceiling of the in-process limiter per format, low enough that the codec's overshoot keeps the decoded
 * true peak under -1 dBTP (measured: AAC 64k ~2 dB, Opus 32k ~1.5 dB, MP3 64k ~0.3 dB); every sample is clamped there, so the encode needs no limiter of its own.
 */
export const PEAK_CEILING_DB: Record<AudioFormat, number> = { m4b: -3.5, m4a: -3.5, mp3: -2.5, opus: -3, ogg: -3 };
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
  // rejection (the stream sees it through its own handlers).
  for (const chapter of options.chapters) for (const unit of chapter.units) if (typeof unit.wav !== 'string') unit.wav.catch(() => undefined);
  const output = path.resolve(options.output);
  const format = options.format ?? formatFromPath(output);
  if (!format) {
    throw new UserError(`unsupported output format: ${path.basename(output)}`, { hint: 'use .m4b, .m4a, .mp3, .opus or .ogg' });
  }
  if (options.chapters.length === 0) throw new UserError('nothing to assemble: no chapters');
  await checkWritableDir(path.dirname(output));
  const cover = options.cover ? await readCover(options.cover) : undefined;
  const info = await ffmpegInfo();
  const ogg = format === 'opus' || format === 'ogg';
  // ffmpeg before 5 cuts FFMETADATA lines at 4 KiB, which breaks the base64 picture tag: Ogg gets no cover there.
  const oggCover = ogg && cover && info.major >= 5 ? [vorbisPictureTag(cover)] : [];

  const work = await mkdtemp(path.join(os.tmpdir(), 'briefcast-audio-'));
  const tmp = tempPathFor(output);
  const tmpAudio = format === 'mp3' ? `${tmp}.audio` : tmp;
  try {
    const streaming = options.chapters.some((c) => c.units.some((u) => typeof u.wav !== 'string'));
    const rate =
      options.sampleRate ??
      (streaming
        ? await streamMixRate(options.chapters, SAMPLE_RATE, signal)
        : await chooseMixRate(options.chapters.flatMap((c) => c.units.map((u) => u.wav as string)), SAMPLE_RATE));
    const metadataFile = path.join(work, 'metadata.txt');
    const writeMetadata = (layout: Layout) =>
      writeFile(
        metadataFile,
        ffmetadata({
          meta: options.metadata,
          chapters: layout.chapters,
          sampleRate: rate,
          chapterSections: !ogg,
          extraTags: ogg ? [...vorbisChapterTags(layout.chapters, rate), ...oggCover] : [],
        }),
      );
    // No alimiter in the encode: the in-process limiter clamps every sample to PEAK_CEILING_DB, below its -1.5 dBFS, so it
    // could only cost time (and a look-ahead delay to pad and trim).
    const coverFile = cover && format.startsWith('m4') ? cover.path : undefined;
    const verify = options.verifyLoudness ?? ogg;
    const initial: MixTarget = { lufs: TARGET_LUFS + CODEC_LOSS_LU, ceiling: dbToGain(PEAK_CEILING_DB[format]) };
    let target = initial;
    let layout: Layout | undefined;
    let result: { gains: Map<string, number>; mixLufs: number; measured?: { integrated: number; truePeak: number } };
    for (let attempt = 0; ; attempt++) {
      const streamed = streaming && attempt === 0;
      const mix = { slots: new Map() as SlotEnergy };
      let gains: Map<string, number>;
      // How far the streamed gains were from the whole voices' loudness (LU): 0 for an exact mix.
      let voicesOff = 0;
      if (streamed) {
        // Units still arriving: encode the audio alone while synthesis runs, then add chapters and tags in a quick remux
        // (chapter times are known only at the end; MP3 tags are written by us anyway).
        gains = new Map();
        const audioFile = format === 'mp3' ? tmpAudio : path.join(work, ogg ? 'audio.ogg' : 'audio.m4a');
        const builder = new LayoutBuilder(rate, work);
        const sampled = new Map<string, number>();
        const chunks = streamChunks({ chapters: options.chapters, builder, tailMs: TAIL_MS, target, gains, sampled, meter: mix, prefetch: options.prefetch, signal, done: (l) => (layout = l) });
        const expected = options.chapters.reduce((t, c) => t + c.units.reduce((u, x) => u + (x.estimatedSeconds ?? 1), 0), 0);
        await encodeStream({ plan: encodePlan({ format, sampleRate: rate, limiter: null }), input: Readable.from(chunks), output: audioFile, totalSeconds: expected, signal, onProgress: options.onProgress });
        // MP3 gets our own ID3 tag, so no FFMETADATA file.
        if (format !== 'mp3') await writeMetadata(layout!);
        if (format !== 'mp3') await runFfmpeg(planArgv(remuxPlan({ format, audioFile, metadataFile, cover: coverFile }), tmpAudio), signal);
        for (const [level, early] of sampled) {
          const whole = integratedLoudness(layout!.groups.get(level) ?? new Map(), rate);
          if (Number.isFinite(whole) && Number.isFinite(early)) voicesOff = Math.max(voicesOff, Math.abs(whole - early));
        }
      } else {
        layout ??= await layoutUnits({ chapters: options.chapters, rate, tailMs: TAIL_MS, workDir: work, prefetch: options.prefetch, signal });
        if (attempt === 0 && format !== 'mp3') await writeMetadata(layout);
        gains = await levelGains(layout, target, signal);
        const input = Readable.from(pcmChunks({ layout, gains, target, meter: mix }));
        const plan = encodePlan({ format, sampleRate: rate, metadataFile: format === 'mp3' ? undefined : metadataFile, cover: coverFile, limiter: null });
        await encodeStream({ plan, input, output: tmpAudio, totalSeconds: layout.totalSamples / rate, signal, onProgress: options.onProgress });
      }
      const mixLufs = integratedLoudness(mix.slots, rate);
      // Check the decoded result when asked: codecs overshoot peaks (Opus at low rates on transients by up to 3 dB).
      const measured = verify ? await measureFile(tmpAudio, signal) : undefined;
      result = { gains, mixLufs, measured };
      const peakOver = measured ? measured.truePeak - MAX_TRUE_PEAK_DB : 0;
      const loudOff = TARGET_LUFS - (measured ? measured.integrated : mixLufs - CODEC_LOSS_LU);
      // A streamed mix levelled each voice from its first units: kept when the mix is within 0.5 LU and no voice as a whole
      // is more than 1 LU from its first units, else the whole layout decides.
      const allowed = streamed ? 0.5 : 0.8;
      const ok = peakOver <= 0 && Math.abs(loudOff) <= allowed && voicesOff <= MAX_VOICE_DRIFT_LU;
      if (attempt >= (streaming ? 2 : 1) || !Number.isFinite(loudOff) || ok) break;
      // One more encode: codec overshoot grows with level, so lower the ceiling and (within the ±1 LU allowed) the level
      // by the overshoot, and correct the loudness by what was missed (not after a streamed mix: its miss came from the
      // early gains, which the whole layout now replaces).
      const over = Math.max(0, peakOver);
      target = {
        lufs: target.lufs + (streamed ? 0 : loudOff) - Math.min(over > 0 ? over + 0.2 : 0, 0.7),
        ceiling: target.ceiling * dbToGain(over > 0 ? -(over + 0.5) : 0),
      };
    }
    if (!layout) throw new Error('assemble: no layout');
    if (format === 'mp3') {
      const tags = id3Tags({ meta: options.metadata, chapters: layout.chapters, sampleRate: rate, cover });
      await writeTaggedMp3({ tags, audio: tmpAudio, dest: tmp, signal });
    }
    if (signal?.aborted) throw new AbortError();
    await rename(tmp, output);
    const { measured } = result;
    return {
      sampleRate: rate,
      totalSamples: layout.totalSamples,
      chapters: layout.chapters,
      units: layout.units.map((u) => ({ start: u.start, end: u.end })),
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
    if (tmpAudio !== tmp) await rm(tmpAudio, { force: true });
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

async function readCover(file: string): Promise<{ path: string; mime: string; data: Buffer }> {
  const resolved = path.resolve(file);
  let data: Buffer;
  try {
    data = await readFile(resolved);
  } catch (error) {
    throw new UserError(`cannot read the cover image ${file}`, { hint: 'give a JPEG or PNG file', cause: error });
  }
  const mime = data[0] === 0xff && data[1] === 0xd8 ? 'image/jpeg' : data.subarray(0, 4).toString('latin1') === '\x89PNG' ? 'image/png' : '';
  if (!mime) throw new UserError(`the cover image ${file} is not a JPEG or PNG file`, { hint: 'convert it to JPEG or PNG' });
  return { path: resolved, mime, data };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

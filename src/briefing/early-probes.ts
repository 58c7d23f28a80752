// Starts the slow probes of a make run (ffmpeg's version, the narrator engine's detection) without waiting.
import { ffmpegInfo } from '../audio/ffmpeg.js';
import { bestEngine, getEngine, splitVoiceRef } from '../tts/registry.js';

interface ProbeOptions {
  engine?: string;
  voice?: string;
  language?: string;
  /** Making from a plan file: the narrator is already chosen, so no engine is probed here. */
  planFile?: string;
}

/**
 * Start every probe a make run will wait for, so that child processes run while modules load and files are read.
 * Each answer is memoized (ffmpegInfo, engine detection), so the run later finds it ready; errors are ignored
 * here and surface, unchanged, where the run meets them.
 */
export function startProbes(options: ProbeOptions): void {
  // ffmpegInfo is memoized: preflight then finds the version ready.
  void ffmpegInfo().catch(() => undefined);
  if (options.planFile) return;
  const id = options.voice ? splitVoiceRef(options.voice).engine || undefined : options.engine;
  const detection = id ? getEngine(id).then((engine) => engine.detect()) : options.voice ? undefined : bestEngine(options.language ?? 'en');
  void detection?.catch(() => undefined);
}

// Starts the slow probes of a make run (ffmpeg's version and capabilities, the narrator engine's detection) without waiting.
import { warmUp } from '../audio/ffmpeg.js';
import { bestEngine, getEngine, splitVoiceRef } from '../tts/registry.js';

interface ProbeOptions {
  engine?: string;
  voice?: string;
  language?: string;
  /** Making from a plan file: the narrator is already chosen, so no engine is probed here. */
  planFile?: string;
}

let ffmpegWarm: Promise<void> | undefined;

/** fluent-ffmpeg's capability checks, started once per process (it caches their answers per process, but not a check in flight). */
function warmFfmpeg(): Promise<void> {
  return (ffmpegWarm ??= warmUp().catch(() => {
    ffmpegWarm = undefined;
  }));
}

/**
 * Start every probe a make run will wait for, so that child processes run while modules load and files are read.
 * Each answer is memoized (ffmpegInfo, engine detection), so the run later finds it ready; errors are ignored
 * here and surface, unchanged, where the run meets them.
 */
export function startProbes(options: ProbeOptions): void {
  // warmUp resolves ffmpeg first (ffmpegInfo, memoized): preflight then finds the version ready.
  void warmFfmpeg();
  if (options.planFile) return;
  const id = options.voice ? splitVoiceRef(options.voice).engine || undefined : options.engine;
  const detection = id ? getEngine(id).then((engine) => engine.detect()) : options.voice ? undefined : bestEngine(options.language ?? 'en');
  void detection?.catch(() => undefined);
}

// Pure builders of ffmpeg argument lists (no process is run here).

/** One ffmpeg input: `stdin` (raw PCM on pipe:0) or a file path, with the options that precede its -i. */
export interface EncodeInput {
  source: 'stdin' | string;
  options: string[];
}

/** Everything one encode run needs besides the binary: inputs and output options. */
export interface EncodePlan {
  inputs: EncodeInput[];
  outputOptions: string[];
}

/** The one encode: raw mono float PCM at `sampleRate` on stdin → the audio alone, with the container's codec options. */
export function encodePlan(opts: { sampleRate: number; codecOptions: readonly string[] }): EncodePlan {
  return {
    inputs: [{ source: 'stdin', options: ['-f', 'f32le', '-ar', String(opts.sampleRate), '-ac', '1'] }],
    // No tags or chapters here: the container adds them in its finish step (chapter times are known only at the end).
    outputOptions: ['-map', '0:a', ...opts.codecOptions, '-map_metadata', '-1', '-map_chapters', '-1'],
  };
}

/** Arguments to measure loudness and true peak of a file with ffmpeg's ebur128 filter (report on stderr). */
export function ebur128Args(file: string): string[] {
  return ['-hide_banner', '-nostats', '-i', file, '-map', '0:a:0', '-af', 'ebur128=peak=true', '-f', 'null', '-'];
}

/** Parse the Summary block of ffmpeg's ebur128 filter: integrated loudness (LUFS) and true peak (dBFS). */
export function parseEbur128(stderr: string): { integrated: number; truePeak: number } | undefined {
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const i = /I:\s+(-?[\d.]+|-inf)\s+LUFS/.exec(summary);
  const tp = /True peak:\s+Peak:\s+(-?[\d.]+|-inf)\s+dBFS/.exec(summary);
  if (!i || !tp) return undefined;
  const num = (s: string) => (s === '-inf' ? -Infinity : Number(s));
  return { integrated: num(i[1]!), truePeak: num(tp[1]!) };
}


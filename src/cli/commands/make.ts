// `briefcast make`: flags → makeBriefing → the path of the file written.
import { makeBriefing } from '../../pipeline/make.js';
import type { CliContext } from '../program.js';
import { progressPrinter } from '../progress-printer.js';

/** Run make with commander's parsed options. */
export async function makeCommand(sources: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const progress = progressPrinter({ quiet: Boolean(opts.quiet) });
  try {
    const result = await makeBriefing({
      sources,
      output: opts.output as string | undefined,
      outDir: opts.outDir as string | undefined,
      planFile: opts.plan as string | undefined,
      timingsPath: opts.timings as string | undefined,
      engine: opts.engine as string | undefined,
      voice: opts.voice as string | undefined,
      rate: (opts.rate as number | undefined) ?? null,
      language: opts.lang as string,
      title: opts.title as string | undefined,
      maxWords: opts.maxWords as number,
      cover: opts.cover as string | undefined,
      jobs: opts.jobs as number | undefined,
      cacheDir: opts.cache === false ? null : (opts.cacheDir as string | undefined),
      signal: context.signal,
      onProgress: progress,
    });
    progress.end();
    const minutes = Math.floor(result.durationSeconds / 60);
    const seconds = Math.round(result.durationSeconds % 60);
    process.stdout.write(`${result.output}\n`);
    if (!opts.quiet) {
      process.stderr.write(`wrote ${result.plan.chapters.length} chapters, ${minutes}:${String(seconds).padStart(2, '0')} of audio\n`);
    }
  } finally {
    progress.end();
  }
}

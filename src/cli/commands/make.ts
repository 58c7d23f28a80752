// `briefcast make`: flags → makeBriefing → the path of the file written.
import { makeBriefing } from '../../briefing/make.js';
import { acquireFolderLock } from '../../podcast/lock.js';
import type { CliContext } from '../context.js';
import { publishOptions, textOptions } from '../option-mapping.js';
import { progressPrinter } from '../progress-printer.js';

/** Run make with commander's parsed options. */
export async function makeCommand(sources: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const progress = progressPrinter({ quiet: Boolean(opts.quiet) });
  // Without -o the folder is a podcast: one run at a time publishes into it.
  const release = opts.output ? null : await acquireFolderLock((opts.outDir as string | undefined) ?? 'output');
  try {
    const result = await makeBriefing({
      sources,
      output: opts.output as string | undefined,
      outDir: opts.outDir as string | undefined,
      planFile: opts.plan as string | undefined,
      timingsPath: opts.timings as string | undefined,
      title: opts.title as string | undefined,
      ...textOptions(opts),
      ...publishOptions(opts),
      signal: context.signal,
      onProgress: progress,
    });
    progress.end();
    const minutes = Math.floor(result.durationSeconds / 60);
    const seconds = Math.round(result.durationSeconds % 60);
    process.stdout.write(`${result.output}\n`);
    if (!opts.quiet && result.status === 'unchanged') {
      process.stderr.write('episode unchanged: nothing rebuilt\n');
    } else if (!opts.quiet) {
      process.stderr.write(`wrote ${result.plan.chapters.length} chapters, ${minutes}:${String(seconds).padStart(2, '0')} of audio\n`);
    }
  } finally {
    progress.end();
    await release?.();
  }
}

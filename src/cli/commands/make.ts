// `briefcast make`: flags → makeBriefing → the path of the file written.
import { makeBriefing } from '../../pipeline/make.js';
import { acquireFolderLock } from '../../podcast/lock.js';
import type { CliContext } from '../program.js';
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
      engine: opts.engine as string | undefined,
      voice: opts.voice as string | undefined,
      rate: (opts.rate as number | undefined) ?? null,
      language: opts.lang as string,
      title: opts.title as string | undefined,
      maxWords: opts.maxWords as number,
      lexicons: opts.lexicon as string[] | undefined,
      castFile: opts.cast as string | undefined,
      quoteVoices: opts.quoteVoices !== 'off',
      cover: opts.cover as string | undefined,
      jobs: opts.jobs as number | undefined,
      cacheDir: opts.cache === false ? null : (opts.cacheDir as string | undefined),
      format: opts.format as 'm4a' | 'mp3' | undefined,
      intro: Boolean(opts.intro),
      outro: Boolean(opts.outro),
      chime: opts.chime as string | undefined,
      baseUrl: opts.baseUrl as string | undefined,
      public: Boolean(opts.public),
      keep: opts.keep as number | undefined,
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

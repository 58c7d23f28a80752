// `briefcast batch`: flags → runBatch → a log line per article, exit 4 when some failed.
import { Option, type Command } from 'commander';
import { positiveInt } from '../options.js';
import { addPublishOptions, addVoiceOptions } from '../option-sets.js';
import { publishOptions, textOptions } from '../option-mapping.js';
import type { CliContext } from '../program.js';

/** Declare batch's arguments and options on `cmd` (shared by `batch` and the arguments of `schedule`). */
export function addBatchOptions(cmd: Command): Command {
  const declared = cmd
    .argument('<source...>', 'article files, folders, list files (one source per line), article or RSS/Atom feed URLs')
    .requiredOption('--out-dir <dir>', 'the podcast folder episodes are published into')
    .option('--jobs <n>', 'synthesis workers in total, shared by the articles made at once (default: cores)', positiveInt('--jobs', 64))
    .option('--digest', 'one episode of all the articles instead of one per article')
    .option('--title <title>', 'the digest episode title (default: "Briefing for <day>")')
    .option('--limit <n>', 'the newest items taken from each feed', positiveInt('--limit', 1000), 10)
    .addOption(new Option('--log <format>', 'log line per article: text or JSON lines').choices(['text', 'json']).default('text'))
    .option('--quiet', 'no progress, only the log lines and errors')
    .option('--debug', 'print stack traces on errors');
  return addPublishOptions(addVoiceOptions(declared));
}

/** Run a batch with commander's parsed options; throws BatchFailedError (exit 4) when some articles failed. */
export async function batchCommand(sources: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const { runBatch, BatchFailedError } = await import('../../batch/run-batch.js');
  const { batchDisplay } = await import('../../batch/display.js');
  const { summaryLine } = await import('../../batch/log-line.js');
  const display = batchDisplay({
    progress: process.stderr,
    log: process.stdout,
    format: opts.log === 'json' ? 'json' : 'text',
    quiet: Boolean(opts.quiet),
  });
  let result;
  try {
    result = await runBatch({
      sources,
      outDir: opts.outDir as string,
      digest: Boolean(opts.digest),
      title: opts.title as string | undefined,
      limit: opts.limit as number,
      ...textOptions(opts),
      ...publishOptions(opts),
      // A digest always has an intro; otherwise only when asked.
      intro: opts.intro ? true : undefined,
      signal: context.signal,
      onEvent: display,
    });
  } finally {
    display.end();
  }
  if (!opts.quiet) process.stderr.write(`${summaryLine(result.outcomes, result.wallSeconds)}\n`);
  if (result.failed.length > 0) {
    const names = result.failed.map((o) => o.id);
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    throw new BatchFailedError(`${result.failed.length} of ${result.outcomes.length} failed: ${shown}`, {
      hint: 'the others were made; see the log lines above',
    });
  }
}

// `briefcast batch`: flags → runBatch → a log line per article, exit 4 when some failed.
import { publishOptions, textOptions } from '../option-mapping.js';
import type { CliContext } from '../context.js';

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

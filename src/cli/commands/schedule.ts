// `briefcast schedule "<cron>" -- <batch arguments>`: runs the batch on schedule until stopped.
import { Command } from 'commander';
import { isAbort, LockedError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { addBatchOptions } from '../option-sets.js';
import { batchCommand } from './batch.js';

/** Parse the batch arguments once (usage errors exit 2 at once), then run the batch on the schedule. */
export async function scheduleCommand(cron: string, batchArgs: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const { runSchedule, nextRunOf } = await import('../../batch/schedule.js');
  nextRunOf(cron);
  let parsed: { sources: string[]; opts: Record<string, unknown> } | undefined;
  const batch = addBatchOptions(new Command('batch')).exitOverride().action((sources: string[], o: Record<string, unknown>) => {
    parsed = { sources, opts: o };
  });
  await batch.parseAsync(batchArgs, { from: 'user' });
  if (!parsed) return;
  const { sources, opts: batchOpts } = parsed;
  const say = (line: string) => process.stderr.write(`schedule: ${line}\n`);
  await runSchedule({
    cron,
    signal: context.signal,
    runNow: Boolean(opts.now),
    maxRuns: opts.maxRuns as number | undefined,
    task: (signal) => batchCommand(sources, batchOpts, { signal }),
    onEvent: (event) => {
      if (event.type === 'waiting') say(event.next ? `next run at ${event.next.toISOString()}` : 'no further runs');
      else if (event.type === 'start') say(`run ${event.run} started at ${new Date().toISOString()}`);
      else if (event.type === 'skipped') say(`skipped a run: ${event.reason}`);
      else if (event.error === undefined) say(`run ${event.run} succeeded in ${event.seconds.toFixed(1)} s`);
      else if (isAbort(event.error)) say(`run ${event.run} interrupted`);
      else {
        const e = event.error as { message?: string; hint?: string };
        const what = event.error instanceof LockedError ? 'skipped (the folder is locked)' : 'failed';
        say(`run ${event.run} ${what}: ${e.message ?? String(event.error)}${e.hint ? ` (${e.hint})` : ''}`);
      }
    },
  });
  say('stopped');
}

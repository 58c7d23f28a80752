// Runs a task on a cron schedule: never two at once, a failed run never stops the schedule.
import { Cron } from 'croner';
import { UserError } from '../errors.js';

export type ScheduleEvent =
  | { type: 'waiting'; next: Date | null }
  | { type: 'start'; run: number }
  | { type: 'end'; run: number; seconds: number; error?: unknown }
  | { type: 'skipped'; reason: string };

export interface ScheduleOptions {
  /** A cron expression (5 fields, or 6 with seconds first). */
  cron: string;
  timezone?: string;
  /** One run; rejecting marks the run failed, the schedule goes on. */
  task: (signal: AbortSignal) => Promise<void>;
  /** Stops the schedule; a run in progress is aborted through its own signal. */
  signal: AbortSignal;
  /** Also run once right away. */
  runNow?: boolean;
  /** Stop after this many runs (for tests and one-off use). */
  maxRuns?: number;
  onEvent?: (event: ScheduleEvent) => void;
}

/** Check a cron expression and return when it fires next; a bad one is a UserError. */
export function nextRunOf(cron: string, timezone?: string): Date | null {
  try {
    const job = new Cron(cron, { paused: true, timezone });
    const next = job.nextRun();
    job.stop();
    return next;
  } catch (error) {
    throw new UserError(`invalid cron expression "${cron}": ${(error as Error).message}`, {
      hint: 'five fields: minute hour day-of-month month day-of-week, e.g. "0 6 * * *" for 06:00 every day',
    });
  }
}

/** Run `task` on the schedule until the signal aborts (or maxRuns is reached); resolves once stopped cleanly. */
export async function runSchedule(options: ScheduleOptions): Promise<void> {
  nextRunOf(options.cron, options.timezone);
  const runs = new AbortController();
  let count = 0;
  let busy: Promise<void> | null = null;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const limitReached = () => options.maxRuns !== undefined && count >= options.maxRuns;

  const fire = () => {
    if (options.signal.aborted || limitReached()) return;
    if (busy) {
      options.onEvent?.({ type: 'skipped', reason: 'the previous run is still going' });
      return;
    }
    const run = ++count;
    const started = performance.now();
    options.onEvent?.({ type: 'start', run });
    busy = options
      .task(runs.signal)
      .then(
        () => options.onEvent?.({ type: 'end', run, seconds: (performance.now() - started) / 1000 }),
        (error: unknown) => options.onEvent?.({ type: 'end', run, seconds: (performance.now() - started) / 1000, error }),
      )
      .finally(() => {
        busy = null;
        if (limitReached() || options.signal.aborted) done();
        else options.onEvent?.({ type: 'waiting', next: cron.nextRun() });
      });
  };

  const cron = new Cron(options.cron, { timezone: options.timezone, catch: true }, fire);
  const stop = () => {
    cron.stop();
    runs.abort();
    if (!busy) done();
  };
  options.signal.addEventListener('abort', stop, { once: true });
  if (options.signal.aborted) stop();
  else if (options.runNow) fire();
  else options.onEvent?.({ type: 'waiting', next: cron.nextRun() });
  try {
    await finished;
  } finally {
    cron.stop();
    options.signal.removeEventListener('abort', stop);
  }
}

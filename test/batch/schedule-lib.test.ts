// runSchedule with a real cron clock: ticks during a run are skipped (never two at once), a failed run
// does not stop the schedule, and aborting stops it and the run in progress.
import { describe, expect, it } from 'vitest';
import { nextRunOf, runSchedule, type ScheduleEvent } from '../../src/batch/schedule.js';

describe('runSchedule', () => {
  it('never overlaps runs and goes on after a failure', async () => {
    const events: ScheduleEvent[] = [];
    let running = 0;
    let peak = 0;
    let calls = 0;
    await runSchedule({
      cron: '* * * * * *',
      signal: new AbortController().signal,
      runNow: true,
      maxRuns: 3,
      onEvent: (e) => events.push(e),
      task: async () => {
        calls += 1;
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 1300));
        running -= 1;
        if (calls === 1) throw new Error('first run fails');
      },
    });
    expect(calls).toBe(3);
    expect(peak).toBe(1);
    const ends = events.filter((e): e is Extract<ScheduleEvent, { type: 'end' }> => e.type === 'end');
    expect(ends.map((e) => e.error === undefined)).toEqual([false, true, true]);
    expect(events.some((e) => e.type === 'skipped')).toBe(true);
  });

  it('stops on abort, aborting the run in progress', async () => {
    const controller = new AbortController();
    let taskSignal: AbortSignal | undefined;
    const stopped = runSchedule({
      cron: '0 0 1 1 *',
      signal: controller.signal,
      runNow: true,
      task: (signal) =>
        new Promise<void>((resolve, reject) => {
          taskSignal = signal;
          signal.addEventListener('abort', () => reject(new Error('aborted')));
          setTimeout(resolve, 60_000);
        }),
    });
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await stopped;
    expect(taskSignal?.aborted).toBe(true);
  });

  it('rejects an invalid expression with a usage error', () => {
    expect(() => nextRunOf('61 * * * *')).toThrow(/invalid cron expression "61 \* \* \* \*"/);
    expect(nextRunOf('0 6 * * *')).toBeInstanceOf(Date);
  });
});

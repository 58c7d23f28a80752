// The in-process pool: jobs at once, synthesis workers per job, never more workers than --jobs in total.
import { describe, expect, it } from 'vitest';
import type { BatchJob, JobOutcome } from '../../src/batch/job.js';
import { localPool, planPool } from '../../src/batch/local-pool.js';
import { AbortError } from '../../src/errors.js';

const job = (i: number): BatchJob => ({ id: `a${i}`, sources: [`a${i}.txt`], settings: { outDir: 'out' } });

describe('planPool', () => {
  it('shares the worker budget so the total never exceeds it', () => {
    for (const workers of [1, 2, 3, 4, 8, 16]) {
      for (const count of [1, 2, 8]) {
        const plan = planPool(workers, count);
        expect(plan.concurrency * plan.perJob).toBeLessThanOrEqual(Math.max(workers, 1));
        expect(plan.concurrency).toBeLessThanOrEqual(count);
      }
    }
  });
  it('runs two articles at once on two cores (one synthesizes while the other encodes)', () => {
    expect(planPool(2, 8)).toEqual({ concurrency: 2, perJob: 1 });
    expect(planPool(4, 8)).toEqual({ concurrency: 2, perJob: 2 });
    expect(planPool(8, 1)).toEqual({ concurrency: 1, perJob: 8 });
  });
});

describe('localPool', () => {
  it('runs every job once, in job order, with bounded concurrency', async () => {
    let running = 0;
    let peak = 0;
    const seen: string[] = [];
    const outcomes = await localPool({ workers: 4 }).runAll(Array.from({ length: 7 }, (_, i) => job(i)), async (j, ctx) => {
      running += 1;
      peak = Math.max(peak, running);
      seen.push(j.id);
      await new Promise((r) => setTimeout(r, 5 + (Number(j.id.slice(1)) % 3) * 5));
      running -= 1;
      expect(ctx.jobs).toBe(2);
      return { id: j.id, sources: j.sources, status: 'built', wallSeconds: 0 } satisfies JobOutcome;
    });
    expect(outcomes.map((o) => o.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(seen.sort()).toEqual(outcomes.map((o) => o.id).sort());
    expect(peak).toBe(2);
  });

  it('stops starting jobs after an abort and rejects with AbortError', async () => {
    const controller = new AbortController();
    let started = 0;
    const run = localPool({ workers: 1 }).runAll(Array.from({ length: 5 }, (_, i) => job(i)), async (j) => {
      started += 1;
      if (started === 2) controller.abort();
      return { id: j.id, sources: j.sources, status: 'built', wallSeconds: 0 };
    }, { signal: controller.signal });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(started).toBe(2);
  });
});

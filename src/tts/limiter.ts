// A tiny concurrency limiter: at most `n` tasks run at once, the rest wait in order.

/** Runs a task when a slot is free; the tasks wait in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** Returns a function that runs tasks with at most `n` in flight. */
export function createLimiter(n: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    if (active >= n) return;
    const start = waiting.shift();
    if (start) {
      active++;
      start();
    }
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

/** The limiter of an engine session: the run's shared slots when given, else its own `jobs` at once. */
export function sessionLimiter(slots: Limiter | undefined, jobs: number): Limiter {
  return slots ?? createLimiter(Math.max(1, jobs));
}

/**
 * A fixed set of workers (processes, threads) lent out one task at a time; tasks wait for a free one in order. With
 * `slots` (a run's shared limiter) a task first takes a slot, then a worker.
 */
export function createPool<W>(workers: readonly W[], slots?: Limiter): { use<T>(task: (worker: W) => Promise<T>): Promise<T>; all: readonly W[] } {
  const idle = [...workers];
  const waiters: Array<(w: W) => void> = [];
  const acquire = () => new Promise<W>((resolve) => (idle.length ? resolve(idle.pop()!) : waiters.push(resolve)));
  const release = (w: W) => (waiters.length ? waiters.shift()!(w) : idle.push(w));
  const use = async <T>(task: (worker: W) => Promise<T>): Promise<T> => {
    const worker = await acquire();
    try {
      return await task(worker);
    } finally {
      release(worker);
    }
  };
  return { all: workers, use: slots ? (task) => slots(() => use(task)) : use };
}

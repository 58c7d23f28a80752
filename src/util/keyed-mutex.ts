// In-process mutex per key: concurrent batch jobs update one folder's records (or voices.json) one at a time.

const tails = new Map<string, Promise<void>>();

/** Run `task` after every earlier task with the same key has finished (FIFO), returning its result. */
export async function withKeyedMutex<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => current);
  tails.set(key, tail);
  await previous;
  try {
    return await task();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}

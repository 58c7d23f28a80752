// Unit WAVs still being synthesized: which have arrived, a way to wait for more, and the mix rate chosen before all exist.
import { AbortError } from '../../errors.js';
import type { AssemblyChapter } from '../types.js';
import { wavDuration } from './wav.js';

/** Unit WAVs that are still being synthesized: who has arrived, and a way to wait for more. */
export class Arrivals {
  private readonly wavs: Array<string | undefined>;
  private failure: { error: unknown } | undefined;
  private readonly wakers = new Set<() => void>();

  constructor(sources: ReadonlyArray<string | Promise<string>>) {
    this.wavs = sources.map((source, i) => {
      if (typeof source === 'string') return source;
      source.then(
        (wav) => {
          this.wavs[i] = wav;
          this.wake();
        },
        (error: unknown) => {
          this.failure ??= { error };
          this.wake();
        },
      );
      return undefined;
    });
  }

  has(index: number): boolean {
    return this.wavs[index] !== undefined;
  }

  /** Resolve once `ready()` holds (re-checked at every arrival); rejects on abort or when a unit failed. */
  async until(ready: () => boolean, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new AbortError();
      if (ready()) return;
      if (this.failure) throw this.failure.error;
      await new Promise<void>((resolve) => {
        const done = () => {
          this.wakers.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.wakers.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  async wav(index: number, signal?: AbortSignal): Promise<string> {
    await this.until(() => this.has(index), signal);
    return this.wavs[index]!;
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }
}

/**
 * The mix rate before all units exist: the native rate of the voice expected to speak the most (from the units'
 * estimated seconds), read from its first unit once that arrives; within 8-48 kHz.
 */
export async function streamMixRate(chapters: AssemblyChapter[], fallback: number, signal?: AbortSignal): Promise<number> {
  const units = chapters.flatMap((c) => c.units);
  const seconds = new Map<string, number>();
  const first = new Map<string, number>();
  units.forEach((u, i) => {
    seconds.set(u.level, (seconds.get(u.level) ?? 0) + (u.estimatedSeconds ?? 1));
    if (!first.has(u.level)) first.set(u.level, i);
  });
  const top = [...seconds].sort((a, b) => b[1] - a[1])[0];
  if (!top) return fallback;
  const index = first.get(top[0])!;
  const wav = await new Arrivals(units.map((u, i) => (i === index ? u.wav : ''))).wav(index, signal);
  const d = await wavDuration(wav);
  return d ? Math.min(48_000, Math.max(8_000, d.sampleRate)) : fallback;
}

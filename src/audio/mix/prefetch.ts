// Decodes unit WAVs ahead of the assembly (while synthesis still runs), so pass 1 of the mix finds them in memory.
import { readWav, type MonoAudio } from './wav.js';

/** Bytes of decoded audio held ahead (about 3 minutes at 24 kHz); later units are decoded by the mix itself. */
const PREFETCH_BUDGET = 16 * 1024 * 1024;

/** WAVs decoded one at a time in the background, at their native rate; a failed decode is left to the mix to report. */
export class UnitPrefetch {
  private readonly decoded = new Map<string, Promise<MonoAudio | undefined>>();
  private chain: Promise<unknown> = Promise.resolve();
  private held = 0;

  constructor(private readonly budget = PREFETCH_BUDGET) {}

  /** Start decoding `wav` (once) after the ones already queued. */
  add(wav: string): void {
    if (this.decoded.has(wav) || this.held >= this.budget) return;
    const next = this.chain.then(async () => {
      try {
        const audio = await readWav(wav);
        this.held += audio.samples.byteLength;
        return audio;
      } catch {
        return undefined;
      }
    });
    this.chain = next;
    this.decoded.set(wav, next);
  }

  /** Take the decoded audio of `wav` (released here), or undefined when it was not prefetched or could not be read. */
  async take(wav: string): Promise<MonoAudio | undefined> {
    const audio = await this.decoded.get(wav);
    this.decoded.delete(wav);
    if (audio) this.held -= audio.samples.byteLength;
    return audio;
  }
}

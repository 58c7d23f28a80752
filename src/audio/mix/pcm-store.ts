// Holds the decoded units between the passes of the mix: in memory up to a budget, beyond it as raw f32 files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bytes of decoded audio kept in memory (about 5 minutes at 24 kHz, a whole single article); longer briefings stream through files. */
const DEFAULT_PCM_BUDGET = 32 * 1024 * 1024;

/** Decoded units by index: memory first, files in `workDir` once `budget` bytes are held. */
export class PcmStore {
  private readonly memory = new Map<number, Float32Array>();
  private readonly files = new Map<number, string>();
  private held = 0;

  constructor(
    private readonly workDir: string,
    private readonly budget = DEFAULT_PCM_BUDGET,
  ) {}

  /** Keep the samples of unit `index`. */
  async put(index: number, samples: Float32Array): Promise<void> {
    if (this.held + samples.byteLength <= this.budget) {
      this.memory.set(index, samples);
      this.held += samples.byteLength;
      return;
    }
    const file = path.join(this.workDir, `unit-${index}.f32`);
    await writeFile(file, new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength));
    this.files.set(index, file);
  }

  /** The samples of unit `index`, or undefined when it was never stored. */
  async get(index: number): Promise<Float32Array | undefined> {
    const held = this.memory.get(index);
    if (held) return held;
    const file = this.files.get(index);
    if (!file) return undefined;
    const buf = await readFile(file);
    if (buf.byteOffset % 4 === 0) return new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    return new Float32Array(new Uint8Array(buf).buffer);
  }
}

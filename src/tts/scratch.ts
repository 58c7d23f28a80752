// Per-session scratch folders for text files handed to engines, and the strict path check.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';

const SAFE_PATH = /^[A-Za-z0-9/_.-]+$/;

/** Throws unless `p` is an absolute path made only of [A-Za-z0-9/_.-] (safe inside Scheme or PowerShell quotes). */
export function assertSafePath(p: string, what: string): string {
  if (!path.isAbsolute(p) || !SAFE_PATH.test(p) || p.includes('..')) {
    throw new UserError(`${what} path "${p}" has characters this engine cannot be given safely`, {
      hint: 'use a cache or work folder whose path has only letters, digits, "/", "_", "." and "-"',
    });
  }
  return p;
}

/** A private temp folder where an engine session writes the text of each request. */
export class Scratch {
  private counter = 0;
  private constructor(readonly dir: string) {}

  static async create(engineId: string): Promise<Scratch> {
    return new Scratch(await mkdtemp(path.join(tmpdir(), `briefcast-${engineId}-`)));
  }

  /** Writes `text` to a fresh generated file name and returns its absolute path. */
  async textFile(text: string): Promise<string> {
    const file = path.join(this.dir, `u${++this.counter}.txt`);
    await writeFile(file, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
    return file;
  }

  /** Removes the folder and everything in it. */
  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

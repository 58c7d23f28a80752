// Runs the built CLI as a child process, timing it, stamping each stderr line and sampling peak memory.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { sampleTreeMemory } from './proc-tree.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'briefcast.js');

export interface TimedRun {
  code: number | null;
  wallSeconds: number;
  peakBytes: number;
  stdout: string;
  /** Each stderr line with the seconds since start when it arrived. */
  lines: Array<{ t: number; line: string }>;
}

/** Run `briefcast <args>` to completion. */
export function runTimed(args: string[], options: { cwd?: string } = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = sampleTreeMemory(child.pid!);
    let stdout = '';
    let pending = '';
    const lines: TimedRun['lines'] = [];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      const t = (performance.now() - started) / 1000;
      pending += d.toString();
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) lines.push({ t, line });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const peakBytes = memory.stop();
      if (pending) lines.push({ t: (performance.now() - started) / 1000, line: pending });
      resolve({ code, wallSeconds: (performance.now() - started) / 1000, peakBytes, stdout, lines });
    });
  });
}

/** Seconds at which the first stderr line matching `re` arrived, or null. */
export function when(run: TimedRun, re: RegExp): number | null {
  return run.lines.find((l) => re.test(l.line))?.t ?? null;
}

/** Throw with the run's stderr when it failed. */
export function check(run: TimedRun, what: string): TimedRun {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}):\n${run.lines.map((l) => l.line).join('\n')}`);
  return run;
}

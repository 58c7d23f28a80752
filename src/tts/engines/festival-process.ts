// One long-lived festival process running the driver script, restarted after a failure or timeout.
import type { ChildProcess } from 'node:child_process';
import { AbortError, ProcessError } from '../../errors.js';
import { spawnPiped } from '../../process/run.js';
import { festivalJobCommand, parseFestivalMarker } from './festival-driver.js';

/** Cons cells of festival's heap: 1.5 million keeps a process with the HTS voice near 180 MB at its peak (300 MB with the default), and a 450-word sentence still synthesizes (measured). */
const FESTIVAL_HEAP_CELLS = 1_500_000;

interface Pending {
  id: number;
  child: ChildProcess;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A festival worker: one job at a time, a fresh process whenever the previous one died or was killed. */
export class FestivalProcess {
  private child: ChildProcess | undefined;
  private stdoutBuffer = '';
  private stderrTail = '';
  private pending: Pending | undefined;
  private nextId = 1;

  constructor(private readonly driverFile: string) {}

  /** Speaks `textFile` into `wavFile`; rejects with ProcessError on failure or timeout, AbortError on abort. */
  say(job: { voice: string; speed: number; textFile: string; wavFile: string; timeoutMs: number; signal?: AbortSignal }): Promise<void> {
    if (job.signal?.aborted) return Promise.reject(new AbortError());
    const id = this.nextId++;
    const command = festivalJobCommand({ id, ...job });
    const child = this.ensureChild();
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        job.signal?.removeEventListener('abort', onAbort);
        this.pending = undefined;
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => {
        this.kill();
        done(this.error(`timed out after ${job.timeoutMs} ms`, true));
      }, job.timeoutMs);
      const onAbort = () => {
        this.kill();
        done(new AbortError());
      };
      job.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending = {
        id,
        child,
        resolve: () => done(),
        reject: (error) => done(error),
      };
      this.stderrTail = '';
      child.stdin!.write(command);
    });
  }

  /** Ends the process (politely, then SIGKILL if it lingers). */
  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      child.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      child.stdin!.end();
    });
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    // Debian's festival reserves a heap of 10 million cells (about 330 MB resident, measured) whatever the voice; one
    // sentence at a time needs a small fraction, and the heap is collected between requests.
    const child = spawnPiped('festival', ['--heap', String(FESTIVAL_HEAP_CELLS), '--pipe', this.driverFile]);
    this.stdoutBuffer = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => this.onStdout(chunk));
    child.stderr!.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    child.stdin!.on('error', () => {
      /* EPIPE after the process died: the close handler reports it */
    });
    child.on('error', (error) => this.pending?.reject(error));
    child.on('close', (code, signal) => {
      if (this.child === child) this.child = undefined;
      if (this.pending?.child === child) {
        this.pending.reject(new ProcessError({ command: 'festival --pipe', exitCode: code, signal, stderr: this.stderrTail }));
      }
    });
    this.child = child;
    return child;
  }

  private onStdout(chunk: string): void {
    this.stdoutBuffer += chunk;
    let newline: number;
    while ((newline = this.stdoutBuffer.indexOf('\n')) >= 0) {
      const marker = parseFestivalMarker(this.stdoutBuffer.slice(0, newline));
      this.stdoutBuffer = this.stdoutBuffer.slice(newline + 1);
      if (!marker || marker.id !== this.pending?.id) continue;
      if (marker.ok) this.pending.resolve();
      else this.pending.reject(this.error('could not speak the text'));
    }
  }

  private error(what: string, timedOut = false): ProcessError {
    return new ProcessError({ command: 'festival --pipe', exitCode: null, signal: timedOut ? 'SIGKILL' : null, stderr: this.stderrTail, reason: what, timedOut });
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill('SIGKILL');
  }
}

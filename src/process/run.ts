// The one place that spawns child processes: engines, their probes, festival's long-lived process, ffprobe and the
// ffmpeg encode (whose argument list fluent-ffmpeg builds in src/audio/ffmpeg.ts). Never a shell.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { AbortError, DependencyError, ProcessError } from '../errors.js';

export interface RunOptions {
  /** Written to the child's stdin (a string, bytes, or a stream piped in), then stdin is closed. */
  input?: string | Buffer | Readable;
  signal?: AbortSignal;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child (SIGKILL) after this many milliseconds: a ProcessError with `timedOut`. */
  timeoutMs?: number;
  /** Most bytes of stdout kept (default 16 MiB); more is a ProcessError and the child is killed. */
  maxStdout?: number;
  /** Each line of stderr as it arrives (progress parsing). */
  onStderrLine?: (line: string) => void;
  /** false: resolve with the result whatever the exit (a missing program still rejects). Default true. */
  reject?: boolean;
}

export interface RunResult {
  /** The program and its arguments, as one line for messages. */
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The last 64 KiB of stderr. */
  stderr: string;
  timedOut: boolean;
  /** True when it ended by anything but exit code 0. */
  failed: boolean;
}

const STDERR_KEEP = 64 * 1024;
const DEFAULT_MAX_STDOUT = 16 * 1024 * 1024;

/** Run a program without a shell; rejects with ProcessError (failed, timed out), AbortError (signal) or DependencyError (missing). */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const line = [command, ...args].join(' ');
    if (options.signal?.aborted) return reject(new AbortError());
    const child = spawnPiped(command, args, { cwd: options.cwd, env: options.env });
    const maxStdout = options.maxStdout ?? DEFAULT_MAX_STDOUT;
    let stdout = '';
    let stderr = '';
    let pendingLine = '';
    let timedOut = false;
    let overflow = false;
    let inputError: unknown;
    let settled = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const input = options.input;
    const stream = input !== undefined && typeof input === 'object' && !Buffer.isBuffer(input) ? input : undefined;
    const finish = (outcome: { error: unknown } | { result: RunResult }) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      stream?.destroy();
      if ('error' in outcome) reject(outcome.error);
      else resolve(outcome.result);
    };
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      if (stdout.length + d.length <= maxStdout) stdout += d;
      else if (!overflow) {
        overflow = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr!.on('data', (d: string) => {
      stderr = (stderr + d).slice(-STDERR_KEEP);
      if (!options.onStderrLine) return;
      // ffmpeg ends its progress lines with \r.
      const parts = (pendingLine + d).split(/\r\n|\r|\n/);
      pendingLine = parts.pop() ?? '';
      for (const part of parts) if (part) options.onStderrLine(part);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        finish({ error: new DependencyError(`${command} was not found`, { hint: `install ${command} or choose another engine`, cause: err }) });
      } else {
        finish({ error: new ProcessError({ command: line, exitCode: null, signal: null, stderr, cause: err }) });
      }
    });
    child.on('close', (exitCode, signal) => {
      if (pendingLine && options.onStderrLine) options.onStderrLine(pendingLine);
      // The real cause first: a stream that failed while feeding the child (a unit that could not be read), then an abort.
      if (inputError !== undefined) return finish({ error: inputError });
      if (options.signal?.aborted) {
        const cause = new ProcessError({ command: line, exitCode, signal, stderr, isCanceled: true });
        return finish({ error: new AbortError('interrupted', { cause }) });
      }
      const failed = exitCode !== 0 || timedOut || overflow;
      const result: RunResult = { command: line, exitCode, signal, stdout, stderr, timedOut, failed };
      if (!failed || options.reject === false) return finish({ result });
      const why = overflow ? `printed more than ${maxStdout} bytes` : timedOut ? `timed out after ${options.timeoutMs} ms` : undefined;
      finish({ error: new ProcessError({ command: line, exitCode: overflow || timedOut ? null : exitCode, signal, stderr, timedOut, reason: why }) });
    });
    child.stdin!.on('error', () => {
      /* EPIPE when the child exits early; the close handler reports it */
    });
    if (stream) {
      stream.on('error', (error) => {
        inputError ??= error;
        child.kill('SIGKILL');
      });
      stream.pipe(child.stdin!);
    } else if (input !== undefined) {
      child.stdin!.end(input);
    } else {
      child.stdin!.end();
    }
  });
}

/** Spawn a long-lived child with pipes (festival's worker process); the caller owns it. */
export function spawnPiped(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildProcess {
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
  });
}

// The one place that spawns child processes (the ffmpeg encode goes through fluent-ffmpeg in src/audio/ffmpeg.ts).
import { spawn } from 'node:child_process';
import { AbortError, DependencyError, ProcessError } from '../errors.js';

export interface RunOptions {
  /** Written to the child's stdin, then stdin is closed. */
  input?: string | Buffer;
  signal?: AbortSignal;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this many milliseconds. */
  timeoutMs?: number;
  /** Keep at most this many bytes of stdout (default 16 MiB). */
  maxStdout?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

const STDERR_KEEP = 64 * 1024;

/** Run a program without a shell; resolves with its output, rejects with ProcessError/AbortError/DependencyError. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new AbortError());
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
    let settled = false;
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => child.kill('SIGTERM');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve({ stdout, stderr });
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout.length < maxStdout) stdout += d;
    });
    child.stderr.on('data', (d: string) => {
      stderr = (stderr + d).slice(-STDERR_KEEP);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        finish(new DependencyError(`${command} was not found`, { hint: `install ${command} or choose another engine`, cause: err }));
      } else {
        finish(err);
      }
    });
    child.on('close', (code, signal) => {
      if (options.signal?.aborted) return finish(new AbortError());
      if (code === 0) return finish(null);
      finish(
        new ProcessError({
          command,
          args,
          code,
          signal,
          stderr: timedOut ? `${stderr}\ntimed out after ${options.timeoutMs} ms` : stderr,
        }),
      );
    });
    child.stdin.on('error', () => {
      /* EPIPE when the child exits early; the close handler reports it */
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** Spawn a long-lived child with pipes, for engines that keep a process per worker. */
export function spawnPiped(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
  });
}

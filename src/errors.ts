// Typed errors: the CLI maps each class to one line on stderr and an exit code.

/** Base class for every error briefcast raises on purpose. */
export class BriefcastError extends Error {
  readonly exitStatus: number = 1;
  /** What the user can do about it, printed after the message. */
  readonly hint?: string;
  constructor(message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint;
  }
}

/** Bad input or usage: a missing file, a bad number, an invalid plan (exit 2). */
export class UserError extends BriefcastError {
  override readonly exitStatus: number = 2;
}

/** A program or package briefcast needs is missing (exit 3). */
export class DependencyError extends BriefcastError {
  override readonly exitStatus: number = 3;
}

/** The run was interrupted by Ctrl-C, SIGTERM or an AbortSignal (exit 130). */
export class AbortError extends BriefcastError {
  override readonly exitStatus: number = 130;
  constructor(message = 'interrupted', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Another run holds the lock of the output folder (exit 75, EX_TEMPFAIL). */
export class LockedError extends BriefcastError {
  override readonly exitStatus: number = 75;
}

/**
 * A child process failed, shaped like execa's error: the command line, its exit code or signal, whether it timed out
 * or was canceled, and the tail of its stderr.
 */
export class ProcessError extends BriefcastError {
  /** The program and its arguments as one line. */
  readonly command: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly isCanceled: boolean;
  /** The last lines of its stderr. */
  readonly stderrTail: string;
  constructor(opts: {
    command: string;
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
    timedOut?: boolean;
    isCanceled?: boolean;
    /** What went wrong when the exit status does not say it (timed out, too much output, "could not speak the text"). */
    reason?: string;
    cause?: unknown;
  }) {
    const tail = lastLines(opts.stderr, 5);
    const program = opts.command.split(' ')[0]!;
    const how =
      opts.reason ??
      (opts.isCanceled ? 'was canceled' : opts.signal ? `was killed by ${opts.signal}` : opts.exitCode === null ? 'failed to run' : `exited with code ${opts.exitCode}`);
    super(`${program} ${how}${tail ? `: ${oneLine(tail)}` : ''}`, { cause: opts.cause });
    this.command = opts.command;
    this.exitCode = opts.exitCode;
    this.signal = opts.signal;
    this.timedOut = opts.timedOut ?? false;
    this.isCanceled = opts.isCanceled ?? false;
    this.stderrTail = tail;
  }
}

/** True when the error (or its cause chain) is an abort. */
export function isAbort(error: unknown): boolean {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof AbortError) return true;
    if (e instanceof Error && e.name === 'AbortError') return true;
  }
  return false;
}

function lastLines(text: string, n: number): string {
  return text.trim().split(/\r?\n/).slice(-n).join('\n');
}

function oneLine(text: string): string {
  const line = text.split(/\r?\n/).filter(Boolean).pop() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

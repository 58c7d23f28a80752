// The error raised when an engine fails on one unit: names the engine and the unit's first words.
import { ProcessError } from '../errors.js';

/** A ProcessError whose message says which engine failed on which unit. */
export class UnitSynthesisError extends ProcessError {
  constructor(engine: string, unit: { index: number; spoken: string }, cause: unknown) {
    const inner = cause instanceof ProcessError ? cause : undefined;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super({
      command: inner ? inner.command : engine,
      exitCode: inner?.exitCode ?? null,
      signal: inner?.signal ?? null,
      stderr: inner?.stderrTail ?? reason,
      timedOut: inner?.timedOut,
      cause,
    });
    this.message = `${engine} failed on unit ${unit.index + 1} ("${firstWords(unit.spoken)}"): ${reason}`;
  }
}

/** The first few words of a text, for messages. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}

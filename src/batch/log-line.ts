// One log line per article: aligned text for people, JSON lines (--log json) for machines.
import path from 'node:path';
import type { JobOutcome } from './job.js';

export type LogFormat = 'text' | 'json';

/** Format one finished (or failed) article as a single line, without the newline. */
export function logLine(outcome: JobOutcome, format: LogFormat, now = new Date()): string {
  const source = outcome.sources.length === 1 ? outcome.sources[0]! : `${outcome.sources.length} articles`;
  if (format === 'json') {
    return JSON.stringify({
      time: now.toISOString(),
      status: outcome.status,
      source: outcome.sources.length === 1 ? source : undefined,
      sources: outcome.sources.length === 1 ? undefined : outcome.sources,
      output: outcome.output,
      audioSeconds: outcome.audioSeconds,
      wallSeconds: outcome.wallSeconds,
      error: outcome.error,
      hint: outcome.hint,
    });
  }
  if (outcome.status === 'failed') {
    // Errors usually start with the source already; avoid printing it twice.
    const error = outcome.error ?? 'failed';
    const text = error.startsWith(source) ? error : `${source}: ${error}`;
    return `FAILED    ${text}${outcome.hint ? ` (${outcome.hint})` : ''}`;
  }
  const file = outcome.output ? path.basename(outcome.output) : '';
  const audio = outcome.audioSeconds === undefined ? '' : `${outcome.audioSeconds.toFixed(1)} s audio`;
  return `${outcome.status.padEnd(9)} ${file}  ${audio}  ${outcome.wallSeconds.toFixed(1)} s  ${source}`;
}

/** The closing summary, e.g. "6 built, 1 unchanged, 1 failed in 52.1 s". */
export function summaryLine(outcomes: readonly JobOutcome[], wallSeconds: number): string {
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  return `${count('built')} built, ${count('unchanged')} unchanged, ${count('failed')} failed in ${wallSeconds.toFixed(1)} s`;
}

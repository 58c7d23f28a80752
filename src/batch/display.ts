// Draws batch events: progress bars on a terminal (per article and overall), plain lines elsewhere, a log line per article.
import cliProgress from 'cli-progress';
import path from 'node:path';
import type { JobOutcome } from './job.js';
import { logLine, type LogFormat } from './log-line.js';
import type { BatchEvent } from './run-batch.js';

export interface DisplayOptions {
  /** Where progress goes (stderr). */
  progress: NodeJS.WriteStream;
  /** Where log lines go (stdout). */
  log: NodeJS.WriteStream;
  format: LogFormat;
  quiet?: boolean;
}

interface Running {
  label: string;
  bar?: cliProgress.SingleBar;
  seconds: number;
  totalSeconds: number;
  encoding: boolean;
  /** Every unit synthesized (the encode runs alongside synthesis; the bar shows it only after). */
  synthesized: boolean;
  cached: number;
}

/** A batch event listener that draws progress and writes the log; call end() when the batch is over. */
export function batchDisplay(options: DisplayOptions) {
  const tty = Boolean(options.progress.isTTY) && !options.quiet;
  // A reader that goes away (`| head`) must not crash the batch: the work goes on, the log is dropped.
  const ignoreEpipe = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  };
  options.log.on('error', ignoreEpipe);
  const started = Date.now();
  const running = new Map<string, Running>();
  let jobCount = 0;
  let finished = 0;
  let doneSeconds = 0;
  let knownTotal = 0;
  let knownJobs = 0;
  const warned = new Set<string>();
  const multibar = tty
    ? new cliProgress.MultiBar(
        {
          stream: options.progress,
          format: '{label} {bar} {status}',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: true,
          autopadding: true,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const overall = multibar?.create(1, 0, { label: 'overall'.padEnd(28), status: '' });

  const writeLog = (outcome: JobOutcome) => {
    const line = logLine(outcome, options.format);
    // On a shared terminal, print above the bars so they are not torn apart.
    if (multibar && options.log.isTTY) multibar.log(`${line}\n`);
    else options.log.write(`${line}\n`);
  };
  const plain = (line: string) => {
    if (!tty && !options.quiet) options.progress.write(`${line.trimEnd()}\n`);
  };
  const redrawOverall = () => {
    if (!overall) return;
    const live = [...running.values()].reduce((s, r) => s + r.seconds, 0);
    const synthesized = doneSeconds + live;
    // Articles not planned yet are assumed as long as the average planned one.
    const average = knownJobs ? knownTotal / knownJobs : 0;
    const total = Math.max(synthesized, knownTotal + average * Math.max(0, jobCount - knownJobs), 1);
    const elapsed = (Date.now() - started) / 1000;
    const eta = synthesized > 0 ? Math.round((elapsed * (total - synthesized)) / synthesized) : null;
    overall.setTotal(Math.round(total));
    overall.update(Math.round(synthesized), {
      status: `${finished}/${jobCount} articles  ${Math.round(synthesized)}/${Math.round(total)} s audio  ETA ${eta === null ? '?' : formatEta(eta)}`,
    });
  };

  const listener = (event: BatchEvent) => {
    switch (event.type) {
      case 'sources':
        jobCount = event.jobs.length;
        plain(`${event.jobs.length} article${event.jobs.length === 1 ? '' : 's'} to make${event.failures.length ? `, ${event.failures.length} source(s) failed` : ''}`);
        break;
      case 'start': {
        const label = shortLabel(event.job.sources.length === 1 ? event.job.sources[0]! : `digest of ${event.job.sources.length}`);
        const bar = multibar?.create(1, 0, { label, status: 'reading' });
        running.set(event.job.id, { label, bar, seconds: 0, totalSeconds: 0, encoding: false, synthesized: false, cached: 0 });
        plain(`start ${event.job.sources.join(' ')}`);
        break;
      }
      case 'progress': {
        const r = running.get(event.job.id);
        if (!r) break;
        const e = event.event;
        if (e.stage === 'synthesize') {
          if (r.totalSeconds === 0 && e.totalSeconds) {
            knownTotal += e.totalSeconds;
            knownJobs += 1;
          }
          if (e.cached) r.cached += 1;
          r.totalSeconds = e.totalSeconds ?? e.total;
          r.seconds = e.seconds ?? e.done;
          r.bar?.setTotal(Math.max(1, Math.round(r.totalSeconds)));
          r.bar?.update(Math.round(r.seconds), { status: `synthesizing ${Math.round(r.seconds)}/${Math.round(r.totalSeconds)} s audio (${e.done}/${e.total} units)` });
          r.synthesized = e.done === e.total;
          if (e.done === e.total) plain(`synthesized ${e.total} units (${r.cached} from cache, ~${Math.round(r.seconds)} s audio) ${r.label}`);
        } else if (e.stage === 'encode') {
          if (!r.encoding) plain(`encoding ${r.label}`);
          r.encoding = true;
          // The encode runs alongside synthesis: the bar shows synthesis until that is done.
          if (r.synthesized) {
            r.bar?.setTotal(Math.max(1, Math.round(e.totalSeconds)));
            r.bar?.update(Math.min(Math.round(e.seconds), Math.round(e.totalSeconds)), { status: `encoding ${Math.round(e.seconds)}/${Math.round(e.totalSeconds)} s` });
          }
        } else if (e.stage === 'warning') {
          // Once per batch, not once per article; above the bars on a terminal.
          if (!warned.has(e.message) && !options.quiet) {
            warned.add(e.message);
            const text = `warning: ${e.message}\n  ${e.hint}\n`;
            if (multibar) multibar.log(text);
            else options.progress.write(text);
          }
        } else if (e.stage === 'plan') {
          r.bar?.update(0, { status: `planned ${e.chapters} chapters` });
        }
        redrawOverall();
        break;
      }
      case 'end': {
        const r = running.get(event.outcome.id);
        if (r) {
          if (r.bar) multibar?.remove(r.bar);
          doneSeconds += r.totalSeconds || r.seconds;
          running.delete(event.outcome.id);
          finished += 1;
        }
        writeLog(event.outcome);
        redrawOverall();
        break;
      }
    }
  };
  return Object.assign(listener, {
    end() {
      multibar?.stop();
    },
  });
}

function shortLabel(source: string): string {
  const name = /^https?:\/\//i.test(source) ? source.replace(/^https?:\/\//i, '') : path.basename(source);
  return (name.length > 28 ? `…${name.slice(-27)}` : name).padEnd(28);
}

function formatEta(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

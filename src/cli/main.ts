// The only place that catches errors, prints them and exits.
import { CommanderError } from 'commander';
import { BriefcastError, isAbort } from '../errors.js';
import { buildProgram } from './program.js';

/** Run the CLI with process.argv; sets the exit code: 2 usage, 3 dependency, 130 interrupted, 1 other. */
export async function main(argv: string[]): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(`\nbriefcast: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}, cleaning up…\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // `briefcast plan --json | head`: a closed pipe ends the run quietly, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const debug = argv.includes('--debug');
  try {
    await buildProgram({ signal: controller.signal }).parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error, debug);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // A failed run ends as soon as its message is out: probes started early (engine detection, ffmpeg checks) may still
  // be running, and must not hold the exit back.
  const code = Number(process.exitCode ?? 0);
  if (code !== 0) process.stderr.write('', () => process.exit(code));
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message; help and version are not errors.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isAbort(error)) {
    process.stderr.write('briefcast: interrupted; nothing was left under the final name\n');
    return 130;
  }
  if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`);
  if (error instanceof BriefcastError) {
    process.stderr.write(`briefcast: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`);
    return error.exitStatus;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`briefcast: unexpected error: ${message}${debug ? '' : ' (run again with --debug for details)'}\n`);
  return 1;
}

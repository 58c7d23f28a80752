// What every command gets from main.ts besides its own flags.

/** The run's context: the signal that Ctrl-C and SIGTERM abort. */
export interface CliContext {
  signal: AbortSignal;
}

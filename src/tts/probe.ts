// Reads a program's version banner even when it exits non-zero (flite --version exits 1).
import { run } from '../process/run.js';

/** Runs `command args` with a timeout and returns stdout + stderr whatever the exit code; DependencyError when missing. */
export async function probeOutput(command: string, args: readonly string[], timeoutMs = 10_000): Promise<string> {
  const result = await run(command, args, { timeoutMs, reject: false });
  return result.stdout + result.stderr;
}

// Reads a program's version banner even when it exits non-zero (flite --version exits 1).
import { DependencyError } from '../errors.js';
import { spawnPiped } from '../process/run.js';

/** Runs `command args` with a timeout and returns stdout + stderr whatever the exit code; DependencyError when missing. */
export function probeOutput(command: string, args: readonly string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnPiped(command, args);
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdin.end();
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === 'ENOENT' ? new DependencyError(`${command} was not found`, { cause: err }) : err);
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

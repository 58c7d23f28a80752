// Builds dist/ once before the tests, so CLI tests run the same code a user's `npx briefcast` runs.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'pipe' });
  } catch (error) {
    // Type errors still emit JavaScript; the typecheck itself is its own test.
    const out = String((error as { stdout?: Buffer }).stdout ?? '');
    if (!/error TS/.test(out)) throw error;
  }
}

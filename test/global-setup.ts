// Builds dist/ (and the pages' script) once before the tests, so CLI tests run the same code a user's `npx briefcast` runs.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // The library, and the web pages' script that publishing copies into a podcast folder.
  for (const project of ['tsconfig.json', 'tsconfig.web.json']) {
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'pipe' });
    } catch (error) {
      // Type errors still emit JavaScript; the typecheck itself is its own test.
      const out = String((error as { stdout?: Buffer }).stdout ?? '');
      if (!/error TS/.test(out)) throw error;
    }
  }
}

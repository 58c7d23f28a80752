// Builds dist/ (and the pages' script) once before the tests, so CLI tests run the same code a user's `npx briefcast`
// runs. A type error stops the run here, with the compiler's own lines: the tests never run half-typed code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // The library, and the web pages' script that publishing copies into a podcast folder.
  for (const project of ['tsconfig.json', 'tsconfig.web.json']) {
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'pipe' });
    } catch (error) {
      const out = `${String((error as { stdout?: Buffer }).stdout ?? '')}${String((error as { stderr?: Buffer }).stderr ?? '')}`;
      throw new Error(`tsc -p ${project} failed:\n${out.trim()}`);
    }
  }
}

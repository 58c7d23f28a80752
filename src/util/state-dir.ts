// Where briefcast keeps a podcast folder's own state (records, lock, remembered voices): never served.
import path from 'node:path';

/** `<dir>/.briefcast`. */
export function stateDir(dir: string): string {
  return path.join(dir, '.briefcast');
}

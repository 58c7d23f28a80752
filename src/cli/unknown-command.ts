// `briefcast serv`: make is the default command, so a mistyped command would be read as an article file.
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import { closest } from './suggest.js';

/** Throw a usage error (exit 2) when `first` is no file or URL but a near miss of a command name. */
export function notACommand(first: string | undefined, commands: readonly string[]): void {
  if (!first || first === '-' || /[./\\:]/.test(first) || existsSync(first)) return;
  const meant = closest(first, commands.filter((c) => c !== 'make'));
  if (meant) throw new UserError(`unknown command "${first}"`, { hint: `did you mean ${meant}?` });
}

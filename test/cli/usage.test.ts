// Usage errors: a mistyped command gets a suggestion, and commander's errors read like every other error.
import { describe, expect, it } from 'vitest';
import { usageLine } from '../../src/cli/main.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { runCli } from '../helpers/cli.js';

describe('suggestions', () => {
  it('finds the command meant by a typo, a swap or a prefix, and nothing for an unrelated word', () => {
    const commands = ['make', 'plan', 'voices', 'batch', 'schedule', 'serve'];
    expect(closest('serv', commands)).toBe('serve');
    expect(closest('sevre', commands)).toBe('serve');
    expect(closest('sched', commands)).toBe('schedule');
    expect(closest('voice', commands)).toBe('voices');
    expect(closest('harbour', commands)).toBeUndefined();
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it("rewrites commander's messages as one line with a hint", () => {
    expect(usageLine("error: unknown option '--colour'\n(Did you mean --color?)")).toBe("unknown option '--colour' (did you mean --color?)");
    expect(usageLine("error: required option '--out-dir <dir>' not specified")).toBe("required option '--out-dir <dir>' not specified (see: briefcast --help)");
  });
});

describe('the CLI', () => {
  it('a mistyped command suggests the right one; option errors read like every other error (exit 2)', async () => {
    const typo = await runCli(['serv']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('briefcast: unknown command "serv" (did you mean serve?)\n');
    const option = await runCli(['voices', '--jsn']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("briefcast: unknown option '--jsn' (did you mean --json?)\n");
    const missing = await runCli(['batch', 'a.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("briefcast: required option '--out-dir <dir>' not specified (see: briefcast --help)\n");
  });
});

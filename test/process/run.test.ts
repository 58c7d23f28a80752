// The one spawner, against fixture programs of our own: exit codes, signals, timeouts, aborts, missing programs,
// output past the limit, stdin as a string and as a stream.
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AbortError, DependencyError, ProcessError, isAbort } from '../../src/errors.js';
import { run } from '../../src/process/run.js';

const program = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'programs', name);
const node = process.execPath;

describe('run', () => {
  it('a non-zero exit is a ProcessError with the command, exit code and the tail of stderr', async () => {
    const error = (await run(node, [program('fail.mjs'), '7']).catch((e: unknown) => e)) as ProcessError;
    expect(error).toBeInstanceOf(ProcessError);
    expect(error.exitCode).toBe(7);
    expect(error.signal).toBeNull();
    expect(error.timedOut).toBe(false);
    expect(error.isCanceled).toBe(false);
    expect(error.command).toBe(`${node} ${program('fail.mjs')} 7`);
    expect(error.stderrTail).toBe(['line 4', 'line 5', 'line 6', 'line 7', 'line 8'].join('\n'));
    expect(error.message).toMatch(/exited with code 7: line 8$/);
  });

  it('reject: false resolves with the failure instead', async () => {
    const result = await run(node, [program('fail.mjs'), '3'], { reject: false });
    expect(result).toMatchObject({ exitCode: 3, failed: true, timedOut: false });
    expect(result.stderr).toContain('line 8');
  });

  it('a program killed by a signal reports the signal', async () => {
    const error = (await run(node, [program('kill-self.mjs')]).catch((e: unknown) => e)) as ProcessError;
    expect(error).toBeInstanceOf(ProcessError);
    expect(error.signal).toBe('SIGTERM');
    expect(error.message).toMatch(/was killed by SIGTERM/);
  });

  it('a timeout kills the program and says so', async () => {
    const started = Date.now();
    const error = (await run(node, [program('sleep-forever.mjs')], { timeoutMs: 300 }).catch((e: unknown) => e)) as ProcessError;
    expect(error).toBeInstanceOf(ProcessError);
    expect(error.timedOut).toBe(true);
    expect(error.message).toMatch(/timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an abort kills the program: AbortError whose cause is the canceled ProcessError', async () => {
    const controller = new AbortController();
    const pending = run(node, [program('sleep-forever.mjs')], { signal: controller.signal, onStderrLine: (l) => l === 'ready' && controller.abort() });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(isAbort(error)).toBe(true);
    expect(((error as Error).cause as ProcessError).isCanceled).toBe(true);
    // Already aborted: nothing is spawned.
    await expect(run(node, [program('fail.mjs')], { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('a missing program is a DependencyError (exit 3) naming it', async () => {
    const error = await run('briefcast-no-such-program', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DependencyError);
    expect((error as DependencyError).exitStatus).toBe(3);
    expect((error as Error).message).toBe('briefcast-no-such-program was not found');
  });

  it('output past the limit kills the program instead of filling memory', async () => {
    const before = process.memoryUsage().rss;
    const error = (await run(node, [program('spew.mjs'), '512'], { maxStdout: 1024 * 1024 }).catch((e: unknown) => e)) as ProcessError;
    expect(error).toBeInstanceOf(ProcessError);
    expect(error.message).toMatch(/printed more than 1048576 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    // Within the limit it is all there.
    const ok = await run(node, [program('spew.mjs'), '3']);
    expect(ok.stdout.length).toBe(3 * 1024 * 1024);
  });

  it('stdin from a string and from a stream; stderr lines split at \\r and \\n', async () => {
    expect((await run(node, [program('echo-stdin.mjs')], { input: 'quiet words' })).stdout).toBe('QUIET WORDS');
    const lines: string[] = [];
    const chunks = Readable.from((async function* () {
      for (const word of ['one ', 'two ', 'three']) yield Buffer.from(word);
    })());
    const result = await run(node, [program('echo-stdin.mjs')], { input: chunks, onStderrLine: (l) => lines.push(l) });
    expect(result.stdout).toBe('ONE TWO THREE');
    expect(lines.at(-1)).toBe('done');
    expect(lines.filter((l) => l.startsWith('read=')).length).toBeGreaterThan(0);
  });

  it('a failing input stream is the error, and the program is stopped', async () => {
    const broken = Readable.from((async function* () {
      yield Buffer.from('start ');
      throw new Error('unit 3 could not be read');
    })());
    await expect(run(node, [program('echo-stdin.mjs')], { input: broken })).rejects.toThrow('unit 3 could not be read');
  });
});

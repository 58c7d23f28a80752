// `briefcast schedule`: runs the batch on its cron schedule, never two at once, goes on after a failed
// run, and stops cleanly on Ctrl-C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { audioFiles, engineAvailable, workspace } from './helpers.js';

const available = engineAvailable();

describe('schedule: arguments', () => {
  it('rejects a bad cron expression and bad batch arguments at once with exit 2', async () => {
    const badCron = await runCli(['schedule', 'every morning', '--', 'a.txt', '--out-dir', 'out']);
    expect(badCron.code).toBe(2);
    expect(badCron.stderr).toMatch(/invalid cron expression "every morning"/);
    const badArgs = await runCli(['schedule', '0 6 * * *', '--', 'a.txt', '--jobs', 'zero', '--out-dir', 'out']);
    expect(badArgs.code).toBe(2);
    expect(badArgs.stderr).toMatch(/--jobs must be a whole number/);
  });
});

describe.skipIf(!available)('schedule: runs', () => {
  it('runs on schedule without overlap; a failed run does not stop it', async () => {
    const ws = await workspace();
    // Every second; each run takes longer than that, so some ticks must be skipped, never overlapped.
    const result = await runCli(
      ['schedule', '* * * * * *', '--max-runs', '2', '--',
        'articles/library-hours.txt', 'articles/missing.txt', '--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache, '--quiet'],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('schedule: run'));
    expect(lines.map((l) => /^schedule: run \d+ \w+/.exec(l)![0])).toEqual([
      'schedule: run 1 started',
      'schedule: run 1 failed',
      'schedule: run 2 started',
      'schedule: run 2 failed',
    ]);
    expect(result.stderr).toMatch(/run 1 failed: 1 of 2 failed: articles\/missing.txt/);
    expect(result.stdout).toMatch(/^built .*library-extends-weekend-hours/m);
    expect(result.stdout).toMatch(/^unchanged .*library-extends-weekend-hours/m);
    expect((await audioFiles(ws.out)).size).toBe(1);
  });

  it('stops cleanly on SIGINT while waiting, releasing the folder lock', async () => {
    const ws = await workspace();
    const child = spawn(process.execPath, [BIN, 'schedule', '0 5 1 1 *', '--now', '--',
      'articles/bridge-repairs.md', '--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache, '--quiet'], { cwd: ws.dir });
    let stderr = '';
    let interrupted = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!interrupted && /next run at/.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await closed;
    clearTimeout(guard);
    expect(stderr).toMatch(/run 1 succeeded/);
    expect(code).toBe(0);
    expect(stderr).toMatch(/schedule: stopped/);
    expect((await audioFiles(ws.out)).size).toBe(1);
    // The lock was released: a batch on the same folder runs at once.
    const after = await runCli(['batch', 'articles/bridge-repairs.md', '--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache], { cwd: ws.dir });
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^unchanged/);
    expect(path.isAbsolute(ws.out)).toBe(true);
  });
});

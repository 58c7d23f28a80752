// Ctrl-C in the middle of a batch (two articles in progress): exit 130, temp files removed,
// the lock released, finished episodes kept.
import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { audioFiles, batch, engineAvailable, logLines, workspace } from './helpers.js';

const available = engineAvailable();

describe.skipIf(!available)('batch: interrupted', () => {
  it('SIGINT stops the batch cleanly with exit 130', async () => {
    const ws = await workspace();
    const sentences = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the ferry report says crossing ${i + 4} was on time.`);
    await writeFile(path.join(ws.articles, 'ferry.txt'), `Ferry report\n\n${sentences.join(' ')}\n`);
    const child = spawn(process.execPath, [BIN, 'batch', 'articles', '--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache, '--log', 'json', '--jobs', '2'], {
      cwd: ws.dir,
    });
    let stderr = '';
    let stdout = '';
    let sent = false;
    // Interrupt once at least one episode is finished and the long ferry report is being made: both halves get checked.
    const maybeInterrupt = () => {
      if (!sent && stdout.trim() && /encoding ferry\.txt/.test(stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', (d) => {
      stdout += d;
      maybeInterrupt();
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      maybeInterrupt();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(stderr).not.toMatch(/\n\s+at /);
    // .briefcast/ goes with the lock when nothing was published yet (the encode starts with synthesis, so early).
    const state = await readdir(path.join(ws.out, '.briefcast')).catch(() => [] as string[]);
    const names = (await readdir(ws.out)).concat(state);
    expect(names.filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(names).not.toContain('lock');
    const finished = stdout.split('\n').filter(Boolean).length;
    expect(finished).toBeGreaterThan(0);
    expect((await audioFiles(ws.out)).size).toBe(finished);
    // The next run finishes the rest and reuses what was done.
    const again = await batch(ws, ['articles']);
    expect(again.code).toBe(0);
    expect(logLines(again).filter((l) => l.status === 'unchanged')).toHaveLength(finished);
  });
});

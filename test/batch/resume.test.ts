// SIGKILL in the middle of a batch: nothing half-written under a final name, and the next run reuses
// the finished episode and every synthesized unit.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { probe } from '../helpers/probe.js';
import { audioFiles, batch, engineAvailable, logLines, workspace } from './helpers.js';

const available = engineAvailable();

/** A longer article (about two minutes of speech) so its encoding takes a while. */
function longArticle(): string {
  const sentences = Array.from({ length: 30 }, (_, i) => `Sentence ${i + 1} of the council report says the roads budget grows by ${i + 2} percent next year.`);
  return `Council report on the roads budget\n\n${sentences.slice(0, 15).join(' ')}\n\n${sentences.slice(15).join(' ')}\n`;
}

describe.skipIf(!available)('batch: killed and resumed', () => {
  it('after SIGKILL mid-encode, the resumed run reuses the finished episode and the synthesized units', async () => {
    const ws = await workspace();
    await writeFile(path.join(ws.articles, 'roads.txt'), longArticle());
    const args = ['batch', 'articles/library-hours.txt', 'articles/roads.txt', 'articles/bridge-repairs.md'];
    const common = ['--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache, '--log', 'json', '--jobs', '1'];
    const child = spawn(process.execPath, [BIN, ...args, ...common], { cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    const killed = new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        // The second article has all its units synthesized: kill while it encodes.
        if (/synthesized \d+ units .*roads\.txt/.test(stderr) && !child.killed) child.kill('SIGKILL');
      });
      child.on('close', () => resolve());
    });
    await killed;
    expect(child.signalCode).toBe('SIGKILL');
    const killedLog = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { status: string; source: string });
    expect(killedLog.map((l) => [l.source, l.status])).toContainEqual(['articles/library-hours.txt', 'built']);
    const roadsFinished = killedLog.some((l) => l.source === 'articles/roads.txt');

    // Nothing under a final name is half-written: every visible audio file is complete and in the feed.
    const feed = await readFile(path.join(ws.out, 'feed.xml'), 'utf8');
    for (const name of (await audioFiles(ws.out)).keys()) {
      expect(feed).toContain(name);
      expect((await probe(path.join(ws.out, name))).duration).toBeGreaterThan(1);
    }

    const resumed = await batch(ws, ['articles/library-hours.txt', 'articles/roads.txt', 'articles/bridge-repairs.md']);
    expect(resumed.code).toBe(0);
    const status = Object.fromEntries(logLines(resumed).map((l) => [l.source, l.status]));
    expect(status['articles/library-hours.txt']).toBe('unchanged');
    expect(status['articles/bridge-repairs.md']).toBe('built');
    if (roadsFinished) {
      expect(status['articles/roads.txt']).toBe('unchanged');
    } else {
      expect(status['articles/roads.txt']).toBe('built');
      const synth = /synthesized (\d+) units \((\d+) from cache[^\n]*roads\.txt/.exec(resumed.stderr);
      expect(synth).not.toBeNull();
      expect(synth![2]).toBe(synth![1]);
    }
    // The killed run's temp files were cleaned up; the feed lists exactly the three episodes.
    const names = await readdir(ws.out);
    expect(names.filter((n) => n.endsWith('.tmp') || n.includes('.tmp.'))).toEqual([]);
    const finalFeed = await readFile(path.join(ws.out, 'feed.xml'), 'utf8');
    expect(finalFeed.match(/<item>/g)).toHaveLength(3);
    expect((await audioFiles(ws.out)).size).toBe(3);
  });
});

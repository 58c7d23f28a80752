// Incremental batches: a re-run rebuilds nothing and touches no file; an edited article is rebuilt alone,
// re-synthesizing only its edited sentence.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audioFiles, batch, engineAvailable, logLines, workspace, type Workspace } from './helpers.js';

const available = engineAvailable();
let ws: Workspace;

beforeAll(async () => {
  ws = await workspace();
});

describe.skipIf(!available)('batch: incremental', () => {
  it('builds one episode per article of a folder, then reuses them all, then rebuilds only the edited one', async () => {
    const first = await batch(ws, ['articles']);
    expect(first.stderr).not.toMatch(/FAILED|unexpected/);
    expect(first.code).toBe(0);
    const firstLog = logLines(first);
    expect(firstLog.map((l) => [path.basename(l.source!), l.status]).sort()).toEqual([
      ['bridge-repairs.md', 'built'],
      ['library-hours.txt', 'built'],
      ['school-garden.html', 'built'],
    ]);
    const before = await audioFiles(ws.out);
    expect(before.size).toBe(3);
    const feed = await readFile(path.join(ws.out, 'feed.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(3);

    const second = await batch(ws, ['articles']);
    expect(second.code).toBe(0);
    expect(logLines(second).map((l) => l.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await audioFiles(ws.out)).toEqual(before);
    expect(await readFile(path.join(ws.out, 'feed.xml'), 'utf8')).toBe(feed);

    const file = path.join(ws.articles, 'library-hours.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('on Monday', 'on Tuesday evening'));
    const third = await batch(ws, ['articles']);
    expect(third.code).toBe(0);
    const thirdLog = logLines(third);
    const rebuilt = thirdLog.filter((l) => l.status === 'built');
    expect(rebuilt.map((l) => path.basename(l.source!))).toEqual(['library-hours.txt']);
    expect(thirdLog.filter((l) => l.status === 'unchanged')).toHaveLength(2);
    // Only the edited sentence was synthesized again: every other unit came from the cache.
    const synth = /synthesized (\d+) units \((\d+) from cache/.exec(third.stderr);
    expect(synth).not.toBeNull();
    expect(Number(synth![1]) - Number(synth![2])).toBe(1);
    const after = await audioFiles(ws.out);
    for (const [name, id] of before) {
      if (!name.includes('library')) expect(after.get(name)).toBe(id);
    }
  });
});

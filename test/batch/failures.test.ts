// Bad sources in a batch: each reported on its own log line, the rest finished, exit 4; the lock gives 75.
import { symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireFolderLock } from '../../src/podcast/lock.js';
import { audioFiles, batch, engineAvailable, logLines, workspace, type Workspace } from './helpers.js';

const available = engineAvailable();
let ws: Workspace;

/** A 127.0.0.1 port nobody listens on: bind one, then close it. */
async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  ws = await workspace();
  await writeFile(path.join(ws.articles, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 255]));
  await symlink(path.join(ws.dir, 'nowhere.txt'), path.join(ws.articles, 'dangling.txt'));
});

describe.skipIf(!available)('batch: failures', () => {
  it('a dead URL, a binary file and a dangling link fail alone; the other articles are made; exit 4', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/story`;
    const result = await batch(ws, [url, 'articles/binary.txt', 'articles/dangling.txt', 'articles/library-hours.txt', 'articles/bridge-repairs.md']);
    expect(result.code).toBe(4);
    const log = logLines(result);
    const status = Object.fromEntries(log.map((l) => [l.source, l.status]));
    expect(status).toEqual({
      [url]: 'failed',
      'articles/binary.txt': 'failed',
      'articles/dangling.txt': 'failed',
      'articles/library-hours.txt': 'built',
      'articles/bridge-repairs.md': 'built',
    });
    expect(log.find((l) => l.source === url)!.error).toMatch(/ECONNREFUSED/);
    expect(log.find((l) => l.source === 'articles/binary.txt')!.error).toMatch(/binary/);
    expect(log.find((l) => l.source === 'articles/dangling.txt')!.error).toBe('articles/dangling.txt: no such file');
    // The closing error line names the failures.
    expect(result.stderr).toMatch(/briefcast: 3 of 5 failed: .*127\.0\.0\.1/);
    expect((await audioFiles(ws.out)).size).toBe(2);
  });

  it('a list file with blank, comment and bad lines: bad lines reported with their number, the rest made', async () => {
    const list = path.join(ws.dir, 'morning.list');
    await writeFile(list, ['# morning', '', 'articles/library-hours.txt', 'articles/missing.txt', '', 'gopher://old/x', 'articles/school-garden.html', '# end', ''].join('\n'));
    const result = await batch(ws, ['morning.list']);
    expect(result.code).toBe(4);
    const log = logLines(result);
    expect(log.filter((l) => l.status === 'failed').map((l) => l.source)).toEqual(['morning.list line 4', 'morning.list line 6']);
    expect(log.find((l) => l.source === 'morning.list line 4')!.error).toMatch(/"articles\/missing.txt" is neither a URL nor an existing file/);
    expect(log.filter((l) => l.status !== 'failed').map((l) => [path.basename(l.source!), l.status])).toEqual([
      ['library-hours.txt', 'unchanged'],
      ['school-garden.html', 'built'],
    ]);
  });

  it('a second run on a locked folder exits at once with 75 and a clear message', async () => {
    const release = await acquireFolderLock(ws.out);
    try {
      const before = await audioFiles(ws.out);
      const result = await batch(ws, ['articles/bridge-repairs.md', 'articles/school-garden.html']);
      expect(result.code).toBe(75);
      expect(result.stderr).toMatch(/locked by another briefcast run \(pid \d+/);
      expect(result.stdout).toBe('');
      expect(await audioFiles(ws.out)).toEqual(before);
    } finally {
      await release();
    }
    const after = await batch(ws, ['articles/bridge-repairs.md']);
    expect(after.code).toBe(0);
  });

  it('usage errors exit 2 before any work', async () => {
    const result = await batch(ws, ['articles', '--jobs', '-3']);
    expect(result.code).toBe(2);
    const noOut = await batch(ws, ['articles', '--limit', 'many']);
    expect(noOut.code).toBe(2);
  });
});

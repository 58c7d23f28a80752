// A full disk (a small tmpfs): the article that does not fit fails alone, finished episodes and the feed stay intact, no temp file is left behind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { probe } from '../helpers/probe.js';
import { audioFiles, batch, engineAvailable, logLines, workspace } from './helpers.js';

const available = engineAvailable();
let mounted: string | null = null;

function tryMountTmpfs(dir: string, bytes: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
    mounted = dir;
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mounted], { stdio: 'pipe' });
});

async function sha(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

describe.skipIf(!available)('batch: full disk', () => {
  it('fails the episode that does not fit and leaves the others and the feed intact', async (context) => {
    const ws = await workspace();
    const sentences = Array.from({ length: 30 }, (_, i) => `Item ${i + 1} of the harbour report notes that ${i + 3} boats were repaired this autumn.`);
    await writeFile(path.join(ws.articles, 'harbour.txt'), `Harbour report\n\n${sentences.join(' ')}\n`);
    const small = path.join(ws.dir, 'small');
    await mkdir(small);
    // Mounting needs root (as in the CI container); elsewhere this test is skipped, not faked.
    if (!tryMountTmpfs(small, 600 * 1024)) return context.skip('cannot mount a tmpfs here (needs root)');
    const out = path.join(small, 'out');
    const wsSmall = { ...ws, out };
    const limited = (args: string[]) => batch(wsSmall, args);

    const first = await limited(['articles/library-hours.txt']);
    expect(first.code).toBe(0);
    const [episode] = [...(await audioFiles(out)).keys()];
    const episodeHash = await sha(path.join(out, episode!));
    const feedBefore = await readFile(path.join(out, 'feed.xml'), 'utf8');

    const second = await limited(['articles/harbour.txt', 'articles/bridge-repairs.md', '--jobs', '1']);
    expect(second.code).toBe(4);
    const log = logLines(second);
    const harbour = log.find((l) => l.source === 'articles/harbour.txt')!;
    expect(harbour.status).toBe('failed');
    expect(harbour.error).toMatch(/No space left on device|ENOSPC/);
    expect(log.find((l) => l.source === 'articles/bridge-repairs.md')!.status).toBe('built');

    // The finished episode is byte-for-byte the same; the feed parses and lists exactly the two that exist.
    expect(await sha(path.join(out, episode!))).toBe(episodeHash);
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).not.toBe(feedBefore);
    const items = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'item' }).parse(feed).rss.channel.item as Array<{ enclosure: Record<string, string> }>;
    const files = [...(await audioFiles(out)).keys()];
    expect(files).toHaveLength(2);
    expect(items.map((i) => path.basename(new URL(i.enclosure['@_url']!, 'http://x/').pathname)).sort()).toEqual(files.sort());
    for (const f of files) expect((await probe(path.join(out, f))).duration).toBeGreaterThan(1);
    const leftovers = (await readdir(out)).concat(await readdir(path.join(out, '.briefcast'))).filter((n) => /\.tmp/.test(n));
    expect(leftovers).toEqual([]);
    await rm(path.join(small, 'out'), { recursive: true, force: true });
  });
});

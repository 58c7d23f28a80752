// The CLI side: make publishing into a folder, the folder lock (exit 75), serve's errors (exit 2) and a real serve run.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireFolderLock } from '../../src/podcast/lock.js';
import { espeakOrSkip, tempDir } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(import.meta.dirname, 'cli-entry.ts');
const ARTICLE = path.join(import.meta.dirname, 'fixtures', 'ferry.txt');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { until?: RegExp; timeoutMs?: number } = {}): Promise<Run & { kill?: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (options.until?.test(stdout)) resolve({ code: null, stdout, stderr, kill: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

let available = true;
let folder: string;
beforeAll(async () => {
  await espeakOrSkip(() => (available = false));
  folder = await tempDir('cli');
});

describe.sequential('briefcast make (podcast folder) and serve', () => {
  it('make without -o publishes an mp3 episode with the feed on --base-url', async (ctx) => {
    if (!available) ctx.skip();
    const cache = await tempDir('cli-cache');
    const run = await cli(['make', ARTICLE, '--out-dir', folder, '--engine', 'espeak-ng', '--format', 'mp3', '--base-url', 'https://pods.example.org/morning/', '--public', '--outro', '--cache-dir', cache, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/\d{4}-\d{2}-\d{2}-night-ferry-returns-to-the-island-route\.mp3$/);
    const xml = await readFile(path.join(folder, 'feed.xml'), 'utf8');
    const feed = await new Parser().parseString(xml);
    expect(feed.items[0]!.enclosure!.url).toBe(`https://pods.example.org/morning/${path.basename(run.stdout.trim())}`);
    expect(xml).not.toContain('itunes:block');
    const again = await cli(['make', ARTICLE, '--out-dir', folder, '--engine', 'espeak-ng', '--format', 'mp3', '--outro', '--cache-dir', cache]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('episode unchanged');
    // Without --base-url and --public the remembered ones are kept in feed.xml.
    expect(await readFile(path.join(folder, 'feed.xml'), 'utf8')).toBe(xml);
  });

  it('make into a folder another run holds exits 75', async (ctx) => {
    if (!available) ctx.skip();
    const release = await acquireFolderLock(folder);
    try {
      const run = await cli(['make', ARTICLE, '--out-dir', folder, '--engine', 'espeak-ng', '--quiet']);
      expect(run.code).toBe(75);
      expect(run.stderr).toMatch(/is locked by another briefcast run/);
    } finally {
      await release();
    }
  });

  it('serve refuses a folder that is not a podcast and a port in use (exit 2)', async () => {
    const plain = await tempDir('plain');
    await mkdir(path.join(plain, 'sub'));
    const notPodcast = await cli(['serve', plain, '--port', String(await freePort())]);
    expect(notPodcast.code).toBe(2);
    expect(notPodcast.stderr).toMatch(/is not a podcast folder/);

    const podcast = await tempDir('serve');
    await mkdir(path.join(podcast, '.briefcast'));
    await writeFile(path.join(podcast, '.briefcast', 'episodes.json'), JSON.stringify({ version: 1, episodes: [] }));
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const busy = await cli(['serve', podcast, '--port', String(port)]);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`port ${port} is already in use`);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('serve prints the feed URL, serves it, and stops on SIGTERM', async (ctx) => {
    if (!available) ctx.skip();
    const port = await freePort();
    const started = await cli(['serve', folder, '--port', String(port)], { until: /feed: .*\n/ });
    expect(started.stdout).toContain(`feed: http://127.0.0.1:${port}/feed.xml`);
    const feed = await new Parser().parseURL(`http://127.0.0.1:${port}/feed.xml`);
    const served = await (await fetch(`http://127.0.0.1:${port}/feed.xml`)).text();
    expect(served).not.toContain('itunes:block');
    // serve builds URLs for the address it is reached at, not the --base-url stored for static hosting.
    expect(feed.items[0]!.enclosure!.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/.*\\.mp3$`));
    const exited = new Promise<void>((resolve) => {
      const check = setInterval(async () => {
        const s = net.connect(port, '127.0.0.1');
        s.on('error', () => {
          clearInterval(check);
          resolve();
        });
        s.on('connect', () => s.destroy());
      }, 100);
    });
    started.kill!();
    await exited;
  });
});

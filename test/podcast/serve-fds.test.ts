// serve under a low file-descriptor limit: clients that reset mid-request must not leak a file handle each.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest, tempDir } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(import.meta.dirname, 'cli-entry.ts');

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
});

/** Open file descriptors of a process, from /proc. */
async function openFds(pid: number): Promise<number> {
  return (await readdir(`/proc/${pid}/fd`)).length;
}

/** Send a request and reset the connection at once (as a player cancelling a range request does). */
function abortedRequest(port: number, target: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=1000-\r\n\r\n`);
      // Right after the request, while the server is still resolving the file.
      setImmediate(() => socket.resetAndDestroy());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

describe('serve and aborted requests', () => {
  it('keeps answering after 500 resets under a 256 descriptor limit, and its open descriptors return to the start', async (ctx) => {
    if (process.platform !== 'linux') ctx.skip();
    const dir = await tempDir('fds');
    await mkdir(path.join(dir, '.briefcast'));
    await writeFile(path.join(dir, '.briefcast', 'episodes.json'), JSON.stringify({ version: 1, settings: {}, episodes: [] }));
    const audio = Buffer.alloc(4 * 1024 * 1024, 7);
    await writeFile(path.join(dir, 'episode.m4a'), audio);
    child = spawn('prlimit', ['--nofile=256', process.execPath, '--import', 'tsx', ENTRY, 'serve', dir, '--port', String(await freePort())], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (d) => {
        out += d;
        const m = /feed: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child!.on('error', reject);
      child!.on('close', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const pid = child.pid!;
    // Warm up (the first request loads modules lazily), then count.
    expect((await rawRequest(port, '/episode.m4a', { headers: { Range: 'bytes=0-9' } })).status).toBe(206);
    const start = await until(() => openFds(pid), () => true, 0);

    for (let round = 0; round < 10; round++) {
      await Promise.all(Array.from({ length: 50 }, () => abortedRequest(port, '/episode.m4a')));
    }
    const ok = await rawRequest(port, '/episode.m4a', { headers: { Range: 'bytes=0-99' } });
    expect(ok.status).toBe(206);
    expect(ok.body.equals(audio.subarray(0, 100))).toBe(true);
    const after = await until(() => openFds(pid), (n) => n <= start, 5000);
    expect(after, `open descriptors: ${start} before, ${after} after 500 aborted requests`).toBeLessThanOrEqual(start);
  });
});

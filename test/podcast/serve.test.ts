// serve's HTTP answers on a folder made by hand: several ranges as multipart/byteranges (read back by Python's
// email parser), CORS for web players, chapter and transcript types, and error pages that name no absolute path.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/podcast/server.js';
import { rawRequest, tempDir } from './helpers.js';

let dir: string;
let server: RunningServer;
const audio = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));

beforeAll(async () => {
  dir = await tempDir('serve');
  await mkdir(path.join(dir, '.briefcast'));
  await writeFile(path.join(dir, '.briefcast', 'episodes.json'), JSON.stringify({ version: 1, settings: {}, episodes: [] }));
  await writeFile(path.join(dir, 'e.m4a'), audio);
  await writeFile(path.join(dir, 'e.chapters.json'), '{"version":"1.2.0","chapters":[]}');
  await writeFile(path.join(dir, 'e.vtt'), 'WEBVTT\n');
  await writeFile(path.join(dir, 'e.html'), '<!doctype html><title>e</title>');
  server = await startServer({ dir, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
});

/** Parse a multipart/byteranges answer with Python's email package (an implementation independent of ours). */
async function pythonParts(contentType: string, body: Buffer): Promise<Array<{ type: string; range: string; hex: string }>> {
  const script = `
import sys, json, email
from email import policy
raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(b"Content-Type: " + sys.argv[1].encode() + b"\\r\\n\\r\\n" + raw, policy=policy.HTTP)
assert msg.is_multipart(), "not multipart"
print(json.dumps([{"type": p.get_content_type(), "range": p["Content-Range"], "hex": p.get_payload(decode=True).hex()} for p in msg.iter_parts()]))
`;
  const child = execFile('python3', ['-c', script, contentType], { encoding: 'utf8' });
  child.stdin!.end(body);
  const out = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d) => (text += d));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`python3 exited ${code}`))));
  });
  return JSON.parse(out) as Array<{ type: string; range: string; hex: string }>;
}

describe('serve', () => {
  it('answers several ranges with one exact multipart/byteranges body', async () => {
    const res = await rawRequest(server.port, '/e.m4a', { headers: { Range: 'bytes=4990-, 0-9, 100-199, 150-209' } });
    expect(res.status).toBe(206);
    expect(res.headers['content-type']).toMatch(/^multipart\/byteranges; boundary=[0-9a-f]+$/);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.headers['content-range']).toBeUndefined();
    const parts = await pythonParts(String(res.headers['content-type']), res.body);
    expect(parts).toEqual([
      { type: 'audio/mp4', range: 'bytes 0-9/5000', hex: audio.subarray(0, 10).toString('hex') },
      { type: 'audio/mp4', range: 'bytes 100-209/5000', hex: audio.subarray(100, 210).toString('hex') },
      { type: 'audio/mp4', range: 'bytes 4990-4999/5000', hex: audio.subarray(4990).toString('hex') },
    ]);
    const head = await rawRequest(server.port, '/e.m4a', { method: 'HEAD', headers: { Range: 'bytes=0-9,20-29' } });
    expect([head.status, head.body.length]).toEqual([206, 0]);
    // Ranges that merge into one are a plain 206.
    const merged = await rawRequest(server.port, '/e.m4a', { headers: { Range: 'bytes=0-9,10-19' } });
    expect([merged.status, merged.headers['content-range'], merged.body.length]).toEqual([206, 'bytes 0-19/5000', 20]);
  });

  it('lets web players on other origins use audio, chapters and transcripts, with their proper types', async () => {
    const chapters = await rawRequest(server.port, '/e.chapters.json', { headers: { Origin: 'https://player.example' } });
    expect(chapters.headers['content-type']).toBe('application/json+chapters');
    expect(chapters.headers['access-control-allow-origin']).toBe('*');
    const vtt = await rawRequest(server.port, '/e.vtt');
    expect(vtt.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(vtt.headers['access-control-allow-origin']).toBe('*');
    const media = await rawRequest(server.port, '/e.m4a', { headers: { Range: 'bytes=0-0', Origin: 'https://player.example' } });
    expect(media.headers['access-control-allow-origin']).toBe('*');
    expect(String(media.headers['access-control-expose-headers'])).toContain('Content-Range');
    const preflight = await rawRequest(server.port, '/e.m4a', { method: 'OPTIONS', headers: { Origin: 'https://player.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'range' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Range/);
    // Pages and the feed are not opened to other origins.
    expect((await rawRequest(server.port, '/e.html')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await rawRequest(server.port, '/e.html')).headers['content-security-policy']).toMatch(/script-src 'self'; style-src 'self'/);
  });

  it('names no absolute path in an error page', async () => {
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ image: 'missing-art.png' }));
    await writeFile(path.join(dir, '.briefcast', 'episodes.json'), '{ broken');
    for (const target of ['/feed.xml', '/']) {
      const res = await rawRequest(server.port, target);
      expect(res.status, target).toBe(500);
      const text = res.body.toString();
      expect(text, target).not.toContain(dir);
      expect(text, target).not.toMatch(/(^|\s)\/[a-z]/i);
      expect(text, target).toMatch(/episodes\.json is not valid JSON/);
    }
    await writeFile(path.join(dir, '.briefcast', 'episodes.json'), JSON.stringify({ version: 1, settings: {}, episodes: 'nope' }));
    const invalid = await rawRequest(server.port, '/feed.xml');
    expect(invalid.status).toBe(500);
    expect(invalid.body.toString()).not.toContain(dir);
    await writeFile(path.join(dir, '.briefcast', 'episodes.json'), JSON.stringify({ version: 1, settings: {}, episodes: [] }));
  });
});

// Shared set-up for batch tests: a private folder with the fixture articles, and the CLI run with espeak-ng.
import { execFileSync } from 'node:child_process';
import type http from 'node:http';
import { cp, mkdtemp, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli, ROOT, type CliResult } from '../helpers/cli.js';

export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'batch');

/** True when espeak-ng runs here; in CI a missing engine must fail the tests, not skip them. */
export function engineAvailable(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('espeak-ng is required in CI for the batch tests');
    return false;
  }
}

export interface Workspace {
  dir: string;
  articles: string;
  out: string;
  cache: string;
}

/** A fresh temp folder holding a copy of the fixture articles, an out-dir path and a cache. */
export async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-batch-'));
  const articles = path.join(dir, 'articles');
  await cp(FIXTURES, articles, { recursive: true });
  return { dir, articles, out: path.join(dir, 'out'), cache: path.join(dir, 'cache') };
}

/** Run `briefcast batch` with espeak-ng, the workspace's cache and JSON log lines. */
export function batch(ws: Workspace, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  const jobs = args.includes('--jobs') ? [] : ['--jobs', '2'];
  return runCli(['batch', ...args, '--out-dir', ws.out, '--engine', 'espeak-ng', '--cache-dir', ws.cache, '--log', 'json', ...jobs], {
    cwd: ws.dir,
    ...options,
  });
}

export interface LogLine {
  status: 'built' | 'unchanged' | 'failed';
  source?: string;
  sources?: string[];
  output?: string;
  error?: string;
  audioSeconds?: number;
}

/** The JSON log lines of a run (every stdout line must be one). */
export function logLines(result: CliResult): LogLine[] {
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);
}

/** Audio files in a folder with size, inode and mtime, to prove files were left untouched. */
export async function audioFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir).catch(() => [])).sort()) {
    if (!/\.(m4a|mp3)$/.test(name)) continue;
    const s = await stat(path.join(dir, name));
    files.set(name, `${s.size}:${s.ino}:${s.mtimeMs}`);
  }
  return files;
}

/** Answers 200 with `headers`, then writes 64 KiB chunks (chunked, no Content-Length) after `prefix` until the client hangs up. */
export function endlessBody(res: http.ServerResponse, headers: http.OutgoingHttpHeaders, prefix = ''): void {
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let open = true;
  res.on('close', () => (open = false));
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once('drain', pump);
  };
  if (prefix) res.write(prefix);
  pump();
}

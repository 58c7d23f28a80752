// The unit cache: content-addressed WAV files under <cacheDir>/units, touched on use, pruned LRU to a size cap.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/** Default cap on the cache size: 2 GB. */
export const DEFAULT_CACHE_MAX_BYTES = 2 * 1024 ** 3;
/** Pruning stats every unit (about 1 s for 30,000 files, measured): at most once in this long per cache. */
const DEFAULT_PRUNE_EVERY_MS = 60 * 60 * 1000;
/** Temp files older than this are leftovers of a killed run. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_SUFFIX = '.tmp.wav';

/** $XDG_CACHE_HOME/briefcast, else ~/.cache/briefcast. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.cache'), 'briefcast');
}

/** The cache key of a unit: sha256 over everything that changes its audio. */
export function unitKey(parts: { engine: string; voice: string; rate: number | null; spoken: string; version: string }): string {
  const material = JSON.stringify([parts.engine, parts.voice, parts.rate, parts.spoken, parts.version]);
  return createHash('sha256').update(material).digest('hex');
}

/** Where the unit with this key lives: <cacheDir>/units/<2 hex>/<hash>.wav. */
export function unitPath(cacheDir: string, key: string): string {
  return path.join(cacheDir, 'units', key.slice(0, 2), `${key}.wav`);
}

/** A fresh temp name next to a unit file, with the suffix pruning recognises as a partial unit. */
export function unitTempPath(finalPath: string): string {
  return finalPath.replace(/\.wav$/, '') + `.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

/** True when a finished unit file exists; marks it as recently used. */
export async function touchIfPresent(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size <= 44) return false;
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/** pruneCache when the last prune of this cache is older than `everyMs` (a marker file records it); else nothing. */
export async function pruneCacheIfDue(cacheDir: string, maxBytes: number, keep: ReadonlySet<string>, everyMs = DEFAULT_PRUNE_EVERY_MS): Promise<void> {
  const marker = path.join(cacheDir, 'units', '.pruned');
  const last = await stat(marker).then((s) => s.mtimeMs, () => 0);
  if (everyMs > 0 && Date.now() - last < everyMs) return;
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, '');
  await pruneCache(cacheDir, maxBytes, keep);
}

/** Deletes least recently used units until the cache is under `maxBytes` (never those in `keep`); also stale temp files. */
export async function pruneCache(cacheDir: string, maxBytes: number, keep: ReadonlySet<string> = new Set()): Promise<{ removed: number; bytes: number }> {
  const root = path.join(cacheDir, 'units');
  const files: Array<{ file: string; size: number; mtime: number }> = [];
  const now = Date.now();
  let removed = 0;
  for (const sub of await readdir(root).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of await readdir(path.join(root, sub)).catch(() => [] as string[])) {
      const file = path.join(root, sub, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      if (name.endsWith(TEMP_SUFFIX)) {
        if (now - info.mtimeMs > STALE_TEMP_MS) {
          await rm(file, { force: true });
          removed++;
        }
        continue;
      }
      files.push({ file, size: info.size, mtime: info.mtimeMs });
    }
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  files.sort((a, b) => a.mtime - b.mtime);
  for (const f of files) {
    if (total <= maxBytes) break;
    if (keep.has(f.file)) continue;
    await rm(f.file, { force: true });
    total -= f.size;
    removed++;
  }
  return { removed, bytes: total };
}

// The folder lock: one briefcast run at a time publishes into a podcast folder (<dir>/.briefcast/lock).
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, rmdir, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LockedError, UserError } from '../errors.js';
import { processAlive, processStartTime } from '../util/process-alive.js';
import { stateDir } from '../util/state-dir.js';

interface LockInfo {
  pid: number;
  host: string;
  token: string;
  started: string;
  /** Kernel start time of the holder (Linux), so a reused pid is not taken for a live holder. */
  pidStart?: string | null;
}

/** A lock not refreshed for this long is stale (the only test for a holder on another host). */
const STALE_AFTER_MS = 10 * 60_000;
const HEARTBEAT_MS = 60_000;

/** The lock file of a podcast folder. */
export function lockPathFor(dir: string): string {
  return path.join(stateDir(dir), 'lock');
}

/** Take the folder lock or throw LockedError (exit 75); resolves to a release function. */
export async function acquireFolderLock(dir: string): Promise<() => Promise<void>> {
  const file = lockPathFor(dir);
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create ${path.dirname(file)}: ${(error as NodeJS.ErrnoException).code}`, {
      hint: 'choose a writable folder',
    });
  }
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    token: randomBytes(8).toString('hex'),
    started: new Date().toISOString(),
    pidStart: processStartTime(process.pid),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(info)}\n`);
      } finally {
        await handle.close();
      }
      return releaser(file, info.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder === 'gone') continue;
    if (!(await isStale(file, holder))) {
      const who = holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.started}` : 'an unknown process';
      throw new LockedError(`${dir} is locked by another briefcast run (${who})`, {
        hint: `wait for it to finish; if no run is active, delete ${file}`,
      });
    }
    await breakStaleLock(file, holder);
  }
  throw new LockedError(`could not take the lock ${file}`, { hint: 'another run keeps taking it; try again later' });
}

function releaser(file: string, token: string): () => Promise<void> {
  // Refresh the mtime so runs on other hosts see a live lock.
  const timer = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    const holder = await readHolder(file);
    if (holder && holder !== 'gone' && holder.token === token) await rm(file, { force: true });
    // A run that failed before publishing anything leaves no empty state folder behind.
    await rmdir(path.dirname(file)).catch(() => undefined);
  };
}

async function readHolder(file: string): Promise<LockInfo | null | 'gone'> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string') return data as LockInfo;
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    return null; // unreadable or half-written
  }
}

async function isStale(file: string, holder: LockInfo | null): Promise<boolean> {
  let age: number;
  try {
    age = Date.now() - (await stat(file)).mtimeMs;
  } catch {
    return true;
  }
  // On this host the process decides: a live holder keeps its lock however old (suspended, slow heartbeat).
  if (holder && holder.host === os.hostname()) return !processAlive(holder.pid, holder.pidStart);
  // Unknown content may be a lock being written right now: give it a moment.
  return holder ? age > STALE_AFTER_MS : age > 5_000;
}

async function breakStaleLock(file: string, holder: LockInfo | null): Promise<void> {
  // Move it aside first, then check we moved the lock we judged stale and not a fresh one.
  const aside = `${file}.stale.${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readHolder(aside);
  const same = holder === null ? moved === null : moved !== null && moved !== 'gone' && moved.token === holder.token;
  if (!same) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Locks this process holds, by resolved folder: callers inside one run share them (a batch and its publishes). */
const held = new Map<string, { users: number; release: Promise<() => Promise<void>> }>();

/**
 * Run `fn` holding the folder's lock. Within one process the lock is shared (a batch holds it for the whole run, each of
 * its publishes takes it again without waiting); another process gets LockedError (exit 75).
 */
export async function withFolderLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  let entry = held.get(key);
  if (!entry) {
    entry = { users: 0, release: acquireFolderLock(dir) };
    held.set(key, entry);
    entry.release.catch(() => held.delete(key));
  }
  entry.users++;
  const mine = entry;
  try {
    await mine.release;
    return await fn();
  } finally {
    if (--mine.users === 0) {
      held.delete(key);
      await (await mine.release.catch(() => async () => undefined))();
    }
  }
}

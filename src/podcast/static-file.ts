// Safe static files for serve: URL path → a regular file inside the folder, or null (traversal, dotfiles, symlinks out).
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_NAMES } from './config.js';

/** MIME types of the files a podcast folder holds. */
const MIME_TYPES: Record<string, string> = {
  '.m4a': 'audio/mp4',
  '.m4b': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.json': 'application/json',
  '.vtt': 'text/vtt; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Podcasting 2.0 chapters have their own type (https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md). */
const CHAPTERS_TYPE = 'application/json+chapters';

/** The decoded path segments of a request target, or null when any is unsafe. */
export function safeSegments(target: string): string[] | null {
  let pathname = target.split(/[?#]/, 1)[0]!;
  // An absolute-form target ("GET http://host/x") carries the path after the authority.
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(pathname);
  if (absolute) pathname = absolute[1] ?? '/';
  if (!pathname.startsWith('/')) return null;
  const raw = pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let seg: string;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return null;
    }
    // Empty segments ("//etc"), dot segments and dotfiles (.briefcast, .., .env), separators and NUL after decoding.
    if (!seg || seg.startsWith('.') || /[/\\\0]/.test(seg) || /^[a-z]:$/i.test(seg)) return null;
    segments.push(seg);
  }
  return segments;
}

/** Resolve a request path to a regular file inside `root` (a real path), or null. */
export async function resolveInside(root: string, target: string): Promise<{ file: string; size: number; mtime: Date } | null> {
  const segments = safeSegments(target);
  if (!segments || segments.length === 0) return null;
  if (segments.length === 1 && (CONFIG_NAMES as readonly string[]).includes(segments[0]!)) return null;
  const candidate = path.join(root, ...segments);
  try {
    const real = await realpath(candidate);
    // A symlink may point anywhere: only what really lies inside the folder is served.
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    const rel = path.relative(root, real);
    if (rel.split(path.sep).some((p) => p.startsWith('.'))) return null;
    const info = await stat(real);
    if (!info.isFile()) return null;
    return { file: real, size: info.size, mtime: info.mtime };
  } catch {
    return null;
  }
}

/** MIME type for a file name. */
export function mimeType(file: string): string {
  if (/\.chapters\.json$/i.test(file)) return CHAPTERS_TYPE;
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether web players on other origins may read the file: audio, transcripts and chapters. */
export function sharedAcrossOrigins(file: string): boolean {
  return /\.(m4a|m4b|mp3|opus|ogg|vtt)$|\.chapters\.json$/i.test(file);
}

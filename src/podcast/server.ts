// The podcast folder over HTTP: feed.xml and index.html built for the address they are reached at, files with ranges and validators.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { channelImage, DEFAULT_COVER, isPublic } from './channel.js';
import { loadPodcastConfig } from './config.js';
import { buildFeed } from './feed.js';
import { podcastGuid } from './feed-guid.js';
import { parseRanges } from './http-range.js';
import { multipartBody, multipartPlan } from './multipart-ranges.js';
import { publicMessage } from './public-message.js';
import { isPodcastFolder, readRecords, recordsPath } from './records.js';
import { mimeType, resolveInside, sharedAcrossOrigins } from './static-file.js';
import { PAGE_CSP } from './web/page-shell.js';
import { indexFile } from './web/site-files.js';

/** Where and what to serve. */
export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  /** Absolute URL of the folder to use in the feed instead of the request's Host. */
  baseUrl?: string;
}

/** A listening server and how to stop it. */
export interface RunningServer {
  /** The feed URL on the bound address. */
  feedUrl: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Start serving a podcast folder; rejects with a UserError for a non-podcast folder or a busy port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const dir = path.resolve(options.dir);
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    throw new UserError(`folder ${options.dir} does not exist`, { hint: 'give the podcast folder (the --out-dir of make)' });
  }
  if (!(await isPodcastFolder(root))) {
    throw new UserError(`${options.dir} is not a podcast folder (no ${path.relative(dir, recordsPath(dir))})`, {
      hint: `publish an episode first: briefcast make <article> --out-dir ${options.dir}`,
    });
  }
  await loadPodcastConfig(root); // a broken podcast.json is reported now, not per request
  const server = http.createServer((req, res) => {
    handle(root, options, req, res).catch((error: unknown) => {
      if (res.destroyed) return;
      if (!res.headersSent) {
        // Error pages name files relative to the folder: a client never learns where it lives on disk.
        const message = error instanceof UserError ? publicMessage(error.message, [root, dir]) : 'internal error';
        send(res, req, 500, 'text/plain; charset=utf-8', `${message}\n`);
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options)));
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    feedUrl: `http://${hostForUrl}:${address.port}/feed.xml`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listenError(error: NodeJS.ErrnoException, options: ServeOptions): Error {
  const where = `${options.host}:${options.port}`;
  if (error.code === 'EADDRINUSE') return new UserError(`port ${options.port} is already in use on ${options.host}`, { hint: 'stop the other server or choose another --port' });
  if (error.code === 'EACCES') return new UserError(`not allowed to listen on ${where}`, { hint: 'choose a --port above 1023' });
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new UserError(`this machine has no address ${options.host}`, { hint: 'use --host 127.0.0.1 or 0.0.0.0' });
  return error;
}

async function handle(root: string, options: ServeOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', `${PAGE_CSP}; frame-ancestors 'none'`);
  res.setHeader('Referrer-Policy', 'no-referrer');
  const target = req.url ?? '/';
  const pathname = target.split(/[?#]/, 1)[0]!;
  if (sharedAcrossOrigins(pathname)) {
    // Web players on other origins may read audio, transcripts and chapters (and seek: Range, Content-Range).
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, Accept-Ranges, ETag, Last-Modified');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    if (sharedAcrossOrigins(pathname)) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Range, If-None-Match, If-Modified-Since, If-Range');
      res.setHeader('Access-Control-Max-Age', '86400');
    }
    return send(res, req, 204);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    return send(res, req, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
  }
  if (pathname === '/' || pathname === '/index.html') return serveIndex(root, options, req, res);
  if (pathname === '/feed.xml') return serveFeed(root, options, req, res);
  const found = await resolveInside(root, target);
  // The client may have gone while the file was looked up: open nothing for it.
  if (res.destroyed) return;
  if (!found) return send(res, req, 404, 'text/plain; charset=utf-8', 'not found\n');
  const etag = `"${found.size.toString(16)}-${Math.floor(found.mtime.getTime()).toString(16)}"`;
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', found.mtime.toUTCString());
  if (notModified(req, etag, found.mtime)) return send(res, req, 304);
  let range = parseRanges(req.headers.range, found.size);
  const ifRange = req.headers['if-range'];
  if (ifRange && ifRange !== etag && ifRange !== found.mtime.toUTCString()) range = { kind: 'none' };
  const type = mimeType(found.file);
  if (range.kind === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${found.size}`);
    return send(res, req, 416, 'text/plain; charset=utf-8', 'range not satisfiable\n');
  }
  if (range.kind === 'ranges' && range.ranges.length > 1) {
    const plan = multipartPlan(range.ranges, type, found.size);
    res.writeHead(206, { 'Content-Type': plan.contentType, 'Content-Length': String(plan.length) });
    if (req.method === 'HEAD') return void res.end();
    return stream(Readable.from(multipartBody(found.file, range.ranges, plan)), res);
  }
  const one = range.kind === 'ranges' ? range.ranges[0]! : null;
  const [start, end] = one ? [one.start, one.end] : [0, found.size - 1];
  if (one) res.setHeader('Content-Range', `bytes ${start}-${end}/${found.size}`);
  res.writeHead(one ? 206 : 200, { 'Content-Type': type, 'Content-Length': String(Math.max(0, end - start + 1)) });
  if (req.method === 'HEAD' || found.size === 0) return void res.end();
  return stream(createReadStream(found.file, { start, end }), res);
}

// pipeline closes the file when the client goes away at any point, even before the first byte.
async function stream(source: Readable, res: http.ServerResponse): Promise<void> {
  try {
    await pipeline(source, res);
  } catch {
    source.destroy();
    res.destroy();
  }
}

async function serveFeed(root: string, options: ServeOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const config = await loadPodcastConfig(root);
  const records = await readRecords(root);
  const image = await channelImage(root, config, { create: false }).catch(() => DEFAULT_COVER);
  const base = baseFor(req, options);
  // A folder published without a base URL has no guid kept yet: the feed's own address stands in.
  const guid = records.settings.guid ?? podcastGuid(`${base}feed.xml`);
  const xml = buildFeed({ config, episodes: records.episodes, baseUrl: base, public: isPublic(config, records), image, guid });
  return sendGenerated(root, req, res, 'application/rss+xml; charset=utf-8', xml);
}

async function serveIndex(root: string, options: ServeOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const config = await loadPodcastConfig(root);
  const records = await readRecords(root);
  const image = await channelImage(root, config, { create: false }).catch(() => DEFAULT_COVER);
  const page = await indexFile({ config, episodes: records.episodes, feedUrl: `${baseFor(req, options)}feed.xml`, image });
  return sendGenerated(root, req, res, 'text/html; charset=utf-8', page.content);
}

async function sendGenerated(root: string, req: http.IncomingMessage, res: http.ServerResponse, type: string, body: string): Promise<void> {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  const modified = await stat(recordsPath(root)).then((s) => s.mtime);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', modified.toUTCString());
  res.setHeader('Cache-Control', 'no-cache');
  if (notModified(req, etag, modified)) return send(res, req, 304);
  send(res, req, 200, type, body);
}

// Only a well-formed Host header is trusted into URLs; anything else falls back to the bound address.
function baseFor(req: http.IncomingMessage, options: ServeOptions): string {
  if (options.baseUrl) return options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const host = req.headers.host ?? '';
  if (/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(host)) return `http://${host}/`;
  const local = req.socket.localAddress ?? options.host;
  const bound = local.includes(':') ? `[${local}]` : local;
  return `http://${bound}:${req.socket.localPort ?? options.port}/`;
}

function notModified(req: http.IncomingMessage, etag: string, modified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag);
  const ims = req.headers['if-modified-since'];
  if (ims) {
    const since = Date.parse(ims);
    return Number.isFinite(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function send(res: http.ServerResponse, req: http.IncomingMessage, status: number, type?: string, body?: string): void {
  if (res.destroyed) return;
  const data = body === undefined ? undefined : Buffer.from(body);
  const headers: http.OutgoingHttpHeaders = {};
  if (type) headers['Content-Type'] = type;
  if (data && status !== 304) headers['Content-Length'] = String(data.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' || status === 304 || status === 204 ? undefined : data);
}

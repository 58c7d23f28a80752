// Source of the worker thread that runs flite.wasm: wasi.start() blocks its thread, so each worker runs one job at a time.

/**
 * Plain CommonJS, started with `new Worker(source, { eval: true })` so it runs the same from
 * TypeScript tests and from the built package. Compiles the module once, then one WASI instance per job;
 * text comes in through a file in the preopened /in folder, the WAV goes to the preopened /out folder.
 */
export const FLITE_WASM_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
// node:wasi prints an ExperimentalWarning; the library must not print, so drop only that one.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  if (String((warning && warning.message) || warning).includes('WASI')) return;
  return emitWarning.call(process, warning, ...rest);
};
const { WASI } = require('node:wasi');
// A finished WASI instance must be collected before the next one opens files: left to the normal GC,
// node 20 aborts the process after a few dozen jobs (measured), so collect explicitly after each job.
require('node:v8').setFlagsFromString('--expose-gc');
const collect = require('node:vm').runInNewContext('gc');
const wasmModule = new WebAssembly.Module(fs.readFileSync(workerData.wasmPath));
parentPort.on('message', (job) => {
  let log;
  try {
    log = fs.openSync(job.logFile, 'w');
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', ...job.args],
      env: {},
      preopens: { '/in': job.inDir, '/out': job.outDir },
      stdout: log,
      stderr: log,
      returnOnExit: true,
    });
    const instance = new WebAssembly.Instance(wasmModule, wasi.getImportObject());
    const code = wasi.start(instance);
    parentPort.postMessage({ id: job.id, code });
  } catch (error) {
    parentPort.postMessage({ id: job.id, code: -1, error: String((error && error.message) || error) });
  } finally {
    collect();
    if (log !== undefined) fs.closeSync(log);
  }
});
`;

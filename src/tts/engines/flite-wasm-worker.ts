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
// Node 20's WASI never closes the folders it preopens (one fd leaked per job), and left to the normal
// GC, finished instances made node abort after 6 to 45 jobs (measured). So the instance's own fds
// (3 and up: the preopens and anything flite left open) are closed through its fd_close import right
// after the run, and the instance is collected explicitly. Stdio stays the process's own: handing
// WASI fds opened here would let it close fds that node's worker bookkeeping still tracks.
require('node:v8').setFlagsFromString('--expose-gc');
const collect = require('node:vm').runInNewContext('gc');
const wasmModule = new WebAssembly.Module(fs.readFileSync(workerData.wasmPath));
parentPort.on('message', (job) => {
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', ...job.args],
      env: {},
      preopens: { '/in': job.inDir, '/out': job.outDir },
      returnOnExit: true,
    });
    const imports = wasi.getImportObject();
    let code;
    try {
      code = wasi.start(new WebAssembly.Instance(wasmModule, imports));
    } finally {
      for (let fd = 3; fd < 64; fd++) imports.wasi_snapshot_preview1.fd_close(fd);
    }
    parentPort.postMessage({ id: job.id, code });
  } catch (error) {
    parentPort.postMessage({ id: job.id, code: -1, error: String((error && error.message) || error) });
  } finally {
    collect();
  }
});
`;

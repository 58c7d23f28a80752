// `npm run bench`: speed and memory of make and batch per engine, against the bare pipeline; prints markdown tables.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ffmpegInfo } from '../src/audio/ffmpeg.js';
import { ENGINE_ORDER, getEngine } from '../src/tts/registry.js';
import { barePipeline } from './bare.js';
import { check, ROOT, runTimed, when, type TimedRun } from './timed.js';
import { editOneSentence, longer, variant } from './texts.js';

const exec = promisify(execFile);
const MB = 1024 * 1024;
const cores = String(os.availableParallelism());
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

async function duration(ffprobe: string, file: string): Promise<number> {
  const { stdout } = await exec(ffprobe, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

/** Stage times of a make run from its progress lines: parse (start → planned), synthesize, join/encode (→ exit). */
function stages(run: TimedRun) {
  const planned = when(run, /^planned /) ?? 0;
  const synthesized = when(run, /^synthesized /) ?? planned;
  return { parse: planned, synth: synthesized - planned, encode: run.wallSeconds - synthesized };
}

/** Units synthesized (not from the cache) in a batch run, from its "synthesized N units (k from cache" lines. */
function unitsSynthesized(run: TimedRun): { fresh: number; total: number } {
  let fresh = 0;
  let total = 0;
  for (const { line } of run.lines) {
    const m = /^synthesized (\d+) units \((\d+) from cache/.exec(line);
    if (m) {
      total += Number(m[1]);
      fresh += Number(m[1]) - Number(m[2]);
    }
  }
  return { fresh, total };
}

async function availableEngines(): Promise<Array<{ id: string; voice: string }>> {
  const wanted = process.env.BENCH_ENGINES?.split(',').map((s) => s.trim()).filter(Boolean);
  const out: Array<{ id: string; voice: string }> = [];
  for (const id of ENGINE_ORDER) {
    if (wanted && !wanted.includes(id)) continue;
    const engine = await getEngine(id);
    if (engine.platforms !== 'all' && !engine.platforms.includes(process.platform)) continue;
    const { status, defaultVoice } = await engine.detect();
    const voice = defaultVoice('en');
    if (status.available && voice) out.push({ id, voice });
    else log(`skipping ${id}: ${status.reason ?? 'no English voice'}`);
  }
  return out;
}

async function main(): Promise<void> {
  log('building dist/ (tsc)');
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'pipe' });
  } catch (error) {
    if (!/error TS/.test(String((error as { stdout?: Buffer }).stdout ?? ''))) throw error;
  }
  const { ffmpeg, ffprobe, version } = await ffmpegInfo();
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefcast-bench-'));
  const examples = (await readdir(path.join(ROOT, 'examples'))).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(ROOT, 'examples', f));
  const engines = await availableEngines();
  if (engines.length === 0) throw new Error('no text-to-speech engine available');
  const fresh = async (name: string) => {
    const dir = path.join(work, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return dir;
  };

  // BENCH_ONLY=batch skips the per-engine table (for quick checks of the batch figures); BENCH_ONLY=make prints only that table.
  const only = process.env.BENCH_ONLY;
  // 1. A cold single-article make per engine and example, against the bare pipeline in the same run.
  const rows: string[] = [];
  // Each cold make and bare run is repeated (BENCH_REPEAT, default 3) and the run with the median make time is reported.
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
  for (const engine of only === 'batch' ? [] : engines) {
    for (const article of examples) {
      const name = path.basename(article, '.txt');
      log(`make ${name} with ${engine.id} (x${repeat})`);
      const tries: Array<{ run: TimedRun; audio: number; bare: Awaited<ReturnType<typeof barePipeline>> }> = [];
      for (let r = 0; r < repeat; r++) {
        const out = path.join(await fresh(`make-${engine.id}-${name}`), `${name}.m4a`);
        const run = check(
          await runTimed(['make', article, '-o', out, '--engine', engine.id, '--cache-dir', await fresh(`cache-${engine.id}-${name}`), '--jobs', cores]),
          `make ${name} (${engine.id})`,
        );
        const audio = await duration(ffprobe, out);
        const bare = await barePipeline({ engine: engine.id, voice: engine.voice, article, workDir: path.dirname(out), ffmpeg });
        tries.push({ run, audio, bare });
      }
      const byMake = [...tries].sort((a, b) => a.run.wallSeconds - b.run.wallSeconds);
      const { run, audio } = byMake[Math.floor(byMake.length / 2)]!;
      const median = (pick: (b: (typeof tries)[number]['bare']) => number) => tries.map((t) => pick(t.bare)).sort((a, b) => a - b)[Math.floor(tries.length / 2)]!;
      const bare = { synth: median((b) => b.synthSeconds), wall: median((b) => b.wallSeconds), fastWall: median((b) => b.fastWallSeconds) };
      const s = stages(run);
      const words = (await readFile(article, 'utf8')).split(/\s+/).filter(Boolean).length;
      rows.push(
        `| ${engine.id} | ${name} | ${words} | ${f1(audio)} | ${f1(run.wallSeconds)} | ${f2(run.wallSeconds / audio)} | ${f1(s.parse)} | ${f1(s.synth)} | ${f1(s.encode)} | ${Math.round(run.peakBytes / MB)} | ${f1(bare.wall)} / ${f1(bare.fastWall)} (synth ${f1(bare.synth)}) | **${f2(run.wallSeconds / bare.wall)}** / ${f2(run.wallSeconds / bare.fastWall)} |`,
      );
    }
  }

  if (only === 'make') {
    process.stdout.write(`${rows.join('\n')}\n`);
    if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
    return;
  }
  // 2. Batches with one synthesis-bound engine (flite when present).
  const batchEngine = engines.find((e) => e.id === (process.env.BENCH_BATCH_ENGINE ?? 'flite')) ?? engines[0]!;
  const id = batchEngine.id;
  const articlesDir = await fresh('batch-articles');
  const eight: string[] = [];
  for (let i = 0; i < 8; i++) {
    const file = path.join(articlesDir, `article-${i + 1}.txt`);
    await writeFile(file, variant(await readFile(examples[i % examples.length]!, 'utf8'), i + 1));
    eight.push(file);
  }
  log(`8 separate makes with ${id}`);
  const sepCache = await fresh('cache-separate');
  const sepOut = await fresh('out-separate');
  let separate = 0;
  let separatePeak = 0;
  for (const file of eight) {
    const run = check(await runTimed(['make', file, '--out-dir', sepOut, '--engine', id, '--cache-dir', sepCache, '--jobs', cores]), 'make');
    separate += run.wallSeconds;
    separatePeak = Math.max(separatePeak, run.peakBytes);
  }
  log(`batch of 8 with ${id}`);
  const batchCache = await fresh('cache-batch');
  const batchOut = await fresh('out-batch');
  const batchArgs = ['batch', ...eight, '--out-dir', batchOut, '--engine', id, '--cache-dir', batchCache, '--jobs', cores];
  const cold = check(await runTimed(batchArgs), 'batch');
  log('unchanged re-run');
  const rerun = check(await runTimed(batchArgs), 'batch re-run');
  log('one edited sentence');
  await writeFile(eight[0]!, editOneSentence(await readFile(eight[0]!, 'utf8')));
  const edited = check(await runTimed(batchArgs), 'batch after an edit');
  const units = unitsSynthesized(edited);
  const coldUnits = unitsSynthesized(cold);

  // 3. Ten times the text: time and peak memory of all processes.
  log(`10x text with ${id}`);
  const base = examples[0]!;
  const tenFile = path.join(articlesDir, 'ten-times.txt');
  await writeFile(tenFile, longer(await readFile(base, 'utf8'), 10));
  const oneFile = path.join(articlesDir, 'one-time.txt');
  await writeFile(oneFile, variant(await readFile(base, 'utf8'), 20));
  const scaleOut = await fresh('out-scale');
  const one = check(await runTimed(['make', oneFile, '-o', path.join(scaleOut, 'one.m4a'), '--engine', id, '--cache-dir', await fresh('cache-one'), '--jobs', cores]), 'make 1x');
  const ten = check(await runTimed(['make', tenFile, '-o', path.join(scaleOut, 'ten.m4a'), '--engine', id, '--cache-dir', await fresh('cache-ten'), '--jobs', cores]), 'make 10x');
  const oneAudio = await duration(ffprobe, path.join(scaleOut, 'one.m4a'));
  const tenAudio = await duration(ffprobe, path.join(scaleOut, 'ten.m4a'));

  const out: string[] = [];
  out.push(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, ffmpeg ${version}; --jobs ${cores}; cold runs use a fresh cache.`);
  out.push('');
  out.push('| engine | article | words | audio s | make s | RTF | parse s | synth s | join/encode s | peak MB | bare s: default / fast AAC coder | make / bare: default / fast |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  out.push(...rows);
  out.push('');
  out.push(`| ${id} | measured | target |`);
  out.push('|---|---|---|');
  out.push(`| batch of 8 vs 8 separate makes | ${f1(cold.wallSeconds)} s vs ${f1(separate)} s = **${f2(cold.wallSeconds / separate)}** | ≤ 0.8 |`);
  out.push(`| unchanged re-run vs cold batch | ${f1(rerun.wallSeconds)} s vs ${f1(cold.wallSeconds)} s = **${f2(rerun.wallSeconds / cold.wallSeconds)}** | < 0.10 |`);
  out.push(`| one edited sentence | ${units.fresh} of ${units.total} units re-synthesized, ${f1(edited.wallSeconds)} s (cold: ${coldUnits.fresh} units) | 1 unit |`);
  out.push(`| 10× text (${f1(tenAudio)} s audio) vs 1× (${f1(oneAudio)} s) | ${f1(ten.wallSeconds)} s vs ${f1(one.wallSeconds)} s = **${f1(ten.wallSeconds / one.wallSeconds)}×** | ≤ about 10× |`);
  out.push(`| peak memory, all processes: 1× / 10× / batch of 8 | ${Math.round(one.peakBytes / MB)} / **${Math.round(ten.peakBytes / MB)}** / ${Math.round(cold.peakBytes / MB)} MB (8 makes: ${Math.round(separatePeak / MB)} MB) | < 300 MB |`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

// flite: the system program (CMU Flite), clear voices at native speed.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { BriefcastError } from '../../errors.js';
import { run } from '../../process/run.js';
import { toAsciiText } from '../ascii-text.js';
import { memoDetection, unavailable } from '../detection.js';
import type { EngineSession, TtsEngine } from '../engine.js';
import { sessionLimiter } from '../limiter.js';
import { durationStretch } from '../rate.js';
import { probeOutput } from '../probe.js';
import { Scratch } from '../scratch.js';
import { fliteDefaultVoice, fliteVoicesFrom, fliteWpm, parseFliteVoiceList } from './flite-voices.js';

const BIN = 'flite';
const INSTALL = 'install flite (Debian/Ubuntu: sudo apt-get install flite; macOS: brew install flite)';


// Debian and others also install one program per voice (flite_cmu_us_slt, …): same output, but it starts in about half
// the time of `flite -voice` (measured 11 vs 16 ms per call), which adds up at one process per sentence.
async function voicePrograms(ids: readonly string[]): Promise<Map<string, string>> {
  const programs = new Map<string, string>();
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || !(await isExecutable(path.join(dir, BIN)))) continue;
    for (const id of ids) {
      const file = path.join(dir, `flite_cmu_us_${id}`);
      if (await isExecutable(file)) programs.set(id, file);
    }
    break;
  }
  return programs;
}

const isExecutable = (file: string) => access(file, constants.X_OK).then(() => true, () => false);

const detectOnce = memoDetection(async () => {
  const stdout = await probeOutput(BIN, ['--version']);
  const version = /version:\s*(.+?)\s*\(/.exec(stdout)?.[1];
  if (!version) throw new Error('flite --version printed no version');
  const list = await run(BIN, ['-lv'], { timeoutMs: 10_000 });
  const voices = fliteVoicesFrom(parseFliteVoiceList(list.stdout));
  if (voices.length === 0) return unavailable(`flite lists no usable voice; ${INSTALL}`);
  return { status: { available: true, version }, voices, defaultVoice: fliteDefaultVoice, programs: await voicePrograms(voices.map((v) => v.id)) };
}, INSTALL);

/** The system flite engine. */
export const fliteEngine = {
  id: 'flite',
  label: 'CMU Flite',
  platforms: 'all',
  detect: detectOnce,
  async open({ jobs, slots }) {
    const scratch = await Scratch.create('flite');
    const limit = sessionLimiter(slots, jobs);
    const detection = await detectOnce();
    const known = new Set(detection.voices.map((v) => v.id));
    const programs = ('programs' in detection ? detection.programs : undefined) ?? new Map<string, string>();
    const session: EngineSession = {
      async synthesize(req) {
        // flite loads an unknown voice name as a file or URL: only listed names get through.
        if (!known.has(req.voice)) throw new BriefcastError(`flite has no voice "${req.voice}"`);
        const textFile = await scratch.textFile(toAsciiText(req.text));
        const stretch = durationStretch(fliteWpm(req.voice), req.rate);
        const program = programs.get(req.voice);
        const voiceArgs = program ? [] : ['-voice', req.voice];
        await limit(() =>
          run(program ?? BIN, [...voiceArgs, '--setf', `duration_stretch=${stretch}`, '-f', textFile, '-o', req.outFile], {
            signal: req.signal,
            timeoutMs: 60_000 + req.text.length * 50,
          }),
        );
      },
      close: () => scratch.dispose(),
    };
    return session;
  },
} satisfies TtsEngine;

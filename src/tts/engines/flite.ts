// flite: the system program (CMU Flite), clear voices at native speed.
import { BriefcastError } from '../../errors.js';
import { run } from '../../process/run.js';
import { toAsciiText } from '../ascii-text.js';
import { detectionMethods, memoDetection } from '../detection.js';
import type { EngineSession, TtsEngine } from '../engine.js';
import { createLimiter } from '../limiter.js';
import { durationStretch } from '../rate.js';
import { probeOutput } from '../probe.js';
import { Scratch } from '../scratch.js';
import { fliteDefaultVoice, fliteVoicesFrom, fliteWpm, parseFliteVoiceList } from './flite-voices.js';

const BIN = 'flite';
const INSTALL = 'install flite (Debian/Ubuntu: sudo apt-get install flite; macOS: brew install flite)';


const detectOnce = memoDetection(async () => {
  const stdout = await probeOutput(BIN, ['--version']);
  const version = /version:\s*(.+?)\s*\(/.exec(stdout)?.[1];
  if (!version) throw new Error('flite --version printed no version');
  const list = await run(BIN, ['-lv'], { timeoutMs: 10_000 });
  const voices = fliteVoicesFrom(parseFliteVoiceList(list.stdout));
  if (voices.length === 0) return { status: { available: false, reason: `flite lists no usable voice; ${INSTALL}` }, voices };
  return { status: { available: true, version }, voices };
}, INSTALL);

/** The system flite engine. */
export const fliteEngine = {
  id: 'flite',
  label: 'CMU Flite',
  platforms: 'all',
  ...detectionMethods(detectOnce),
  defaultVoice: fliteDefaultVoice,
  async open({ jobs }) {
    const scratch = await Scratch.create('flite');
    const limit = createLimiter(Math.max(1, jobs));
    const known = new Set((await detectOnce()).voices.map((v) => v.id));
    const session: EngineSession = {
      synthesize: (req) =>
        limit(async () => {
          // flite loads an unknown voice name as a file or URL: only listed names get through.
          if (!known.has(req.voice)) throw new BriefcastError(`flite has no voice "${req.voice}"`);
          const textFile = await scratch.textFile(toAsciiText(req.text));
          const stretch = durationStretch(fliteWpm(req.voice), req.rate);
          await run(BIN, ['-voice', req.voice, '--setf', `duration_stretch=${stretch}`, '-f', textFile, '-o', req.outFile], {
            signal: req.signal,
            timeoutMs: 60_000 + req.text.length * 50,
          });
        }),
      close: () => scratch.dispose(),
    };
    return session;
  },
} satisfies TtsEngine;

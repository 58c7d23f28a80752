// festival: the system program, kept running (one process per worker) because loading a voice costs ~0.8 s.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BriefcastError } from '../../errors.js';
import { run } from '../../process/run.js';
import { toAsciiText } from '../ascii-text.js';
import { memoDetection, unavailable } from '../detection.js';
import type { EngineSession, TtsEngine, VoiceInfo } from '../engine.js';
import { createPool } from '../limiter.js';
import { speedFactor } from '../rate.js';
import { Scratch } from '../scratch.js';
import { FESTIVAL_DRIVER } from './festival-driver.js';
import { FestivalProcess } from './festival-process.js';

const INSTALL =
  'install festival and a voice (Debian/Ubuntu: sudo apt-get install festival festvox-us-slt-hts festvox-kallpc16k)';
const HTS_SLT = 'cmu_us_slt_arctic_hts';

/** Known festival voices: speaker identity, language, gender and measured natural rate (wpm). */
const KNOWN: Record<string, { name: string; language: string; gender: 'female' | 'male'; speaker: string; wpm: number }> = {
  cmu_us_slt_arctic_hts: { name: 'CMU SLT, HTS (US female)', language: 'en-US', gender: 'female', speaker: 'cmu-slt', wpm: 172 },
  kal_diphone: { name: 'CMU KAL diphone (US male)', language: 'en-US', gender: 'male', speaker: 'cmu-kal', wpm: 175 },
  ked_diphone: { name: 'CMU KED diphone (US male)', language: 'en-US', gender: 'male', speaker: 'cmu-ked', wpm: 170 },
  rab_diphone: { name: 'CSTR RAB diphone (UK male)', language: 'en-GB', gender: 'male', speaker: 'cstr-rab', wpm: 170 },
  don_diphone: { name: 'CSTR DON diphone (UK male)', language: 'en-GB', gender: 'male', speaker: 'cstr-don', wpm: 170 },
  el_diphone: { name: 'EL diphone (Spanish male)', language: 'es', gender: 'male', speaker: 'festival-el', wpm: 170 },
};

/** Metadata for a festival voice id (unknown ones get a generic description). */
export function festivalVoiceInfo(id: string): VoiceInfo {
  const known = KNOWN[id];
  if (known) return { id, name: known.name, language: known.language, gender: known.gender, speaker: known.speaker };
  const cmu = /^cmu_us_([a-z]+)_/.exec(id);
  return { id, name: id, language: cmu ? 'en-US' : 'en', gender: null, speaker: cmu ? `cmu-${cmu[1]}` : `festival-${id}` };
}

const detectOnce = memoDetection(async () => {
  const { stdout } = await run('festival', ['--version'], { timeoutMs: 10_000 });
  const version = /System:\s*([^:\s]+)/.exec(stdout)?.[1] ?? stdout.trim();
  const list = await run('festival', ['--pipe'], { input: '(print (voice.list))\n', timeoutMs: 20_000 });
  const ids = (/\(([^()]*)\)/.exec(list.stdout)?.[1] ?? '').split(/\s+/).filter((v) => /^[a-z0-9_]+$/.test(v));
  if (ids.length === 0) return unavailable(`festival has no voice installed; ${INSTALL}`);
  // Only the HTS voice beats flite (word error rate kal 0.42 vs flite slt 0.27): without it, no default.
  const defaultVoice = (language: string) => (/^en(-|$)/i.test(language) && ids.includes(HTS_SLT) ? HTS_SLT : null);
  return { status: { available: true, version: `festival ${version}` }, voices: ids.map(festivalVoiceInfo), defaultVoice };
}, INSTALL);

/** The festival engine. */
export const festivalEngine = {
  id: 'festival',
  label: 'Festival',
  platforms: 'all',
  detect: detectOnce,
  async open({ jobs, slots }) {
    const known = new Set((await detectOnce()).voices.map((v) => v.id));
    const scratch = await Scratch.create('festival');
    const driver = path.join(scratch.dir, 'driver.scm');
    await writeFile(driver, FESTIVAL_DRIVER, 'utf8');
    const pool = createPool(Array.from({ length: Math.max(1, jobs) }, () => new FestivalProcess(driver)), slots);
    const session: EngineSession = {
      async synthesize(req) {
        if (!known.has(req.voice)) throw new BriefcastError(`festival has no voice "${req.voice}"`);
        const textFile = await scratch.textFile(toAsciiText(req.text));
        await pool.use((worker) =>
          worker.say({
            voice: req.voice,
            speed: speedFactor(KNOWN[req.voice]?.wpm ?? 170, req.rate),
            textFile,
            wavFile: req.outFile,
            // First use loads the voice (~1 s); HTS runs at ~0.03x real time on one core.
            timeoutMs: 30_000 + req.text.length * 100,
            signal: req.signal,
          }),
        );
      },
      async close() {
        await Promise.all(pool.all.map((p) => p.close()));
        await scratch.dispose();
      },
    };
    return session;
  },
} satisfies TtsEngine;

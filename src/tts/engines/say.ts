// say: the system voices of macOS (`say`) and Windows (SAPI through the `say` package). Not offered on Linux.
import { createRequire } from 'node:module';
import { release } from 'node:os';
import { BriefcastError, UserError } from '../../errors.js';
import { run } from '../../process/run.js';
import { memoDetection, unavailable } from '../detection.js';
import type { Detection, EngineSession, TtsEngine, VoiceInfo } from '../engine.js';
import { sessionLimiter } from '../limiter.js';
import { Scratch } from '../scratch.js';

const INSTALL = 'macOS: say comes with the system; Windows: add a voice in Settings > Time & language > Speech';
/** Windows voice names go inside single quotes in a PowerShell command: only plain names are allowed. */
const WIN_NAME = /^[A-Za-z0-9 ()._-]+$/;
const WIN_PATH = /^[A-Za-z]:[A-Za-z0-9\\/_. -]+$/;
const WIN_ENGLISH = /\b(David|Zira|Mark|Hazel|George|Susan|Eva|James|Catherine|Linda|Richard|English)\b/;

/** Parses `say -v '?'` lines like "Samantha   en_US    # Hello, my name is Samantha." */
export function parseMacVoices(listing: string): VoiceInfo[] {
  const voices: VoiceInfo[] = [];
  for (const line of listing.split('\n')) {
    const m = /^(.+?)\s+([a-z]{2,3})[_-]([A-Za-z0-9]+)\s+#/.exec(line);
    if (!m) continue;
    const id = m[1]!.trim();
    voices.push({ id, name: id, language: `${m[2]}-${m[3]}`, gender: null, speaker: `apple-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` });
  }
  return voices;
}

/** The say package's per-platform class (its typings only describe the singleton). */
interface SayWin32 {
  export(text: string, voice: string, speed: number, file: string, cb: (err: unknown) => void): void;
  getInstalledVoices(cb: (err: unknown, voices: string[]) => void): void;
  stop(): void;
}

function newWin32Say(): SayWin32 {
  // A fresh instance per call: the package keeps one child per instance.
  const { Say } = createRequire(import.meta.url)('say') as { Say: new (platform: string) => SayWin32 };
  return new Say('win32');
}

async function windowsVoices(): Promise<string[]> {
  const win = newWin32Say();
  return new Promise((resolve, reject) => win.getInstalledVoices((err, voices) => (err ? reject(err) : resolve(voices))));
}

const detectOnce = memoDetection(async () => {
  const detection = await detectNow();
  if (detection.status.available && detection.voices.length === 0) return unavailable(`no system voice is installed; ${INSTALL}`);
  return detection;
}, INSTALL);

async function detectNow(): Promise<Detection> {
  try {
    if (process.platform === 'darwin') {
      const { stdout } = await run('say', ['-v', '?'], { timeoutMs: 20_000 });
      const voices = parseMacVoices(stdout);
      return { status: { available: true, version: `macos-say ${release()}` }, voices, defaultVoice: (language) => defaultVoice(voices, language) };
    }
    if (process.platform === 'win32') {
      const names = (await windowsVoices()).map((n) => n.trim()).filter((n) => WIN_NAME.test(n));
      const voices = names.map((id) => ({ id, name: id, language: WIN_ENGLISH.test(id) ? 'en-US' : 'und', gender: null, speaker: `sapi-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }));
      return { status: { available: true, version: `windows-sapi ${release()}` }, voices, defaultVoice: (language) => defaultVoice(voices, language) };
    }
    return unavailable('say exports audio only on macOS and Windows; use festival, flite or espeak-ng here');
  } catch (error) {
    // memoDetection turns this into "unavailable" with the install hint.
    throw new BriefcastError(`system voices could not be listed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The system narrator for a language: Samantha for English on macOS, else the first voice of the language. */
function defaultVoice(voices: readonly VoiceInfo[], language: string): string | null {
  const lang = language.toLowerCase();
  const matching = voices.filter((v) => v.language.toLowerCase().startsWith(lang));
  return (matching.find((v) => v.id === 'Samantha') ?? matching[0])?.id ?? null;
}

/** The macOS / Windows system speech engine. */
export const sayEngine = {
  id: 'say',
  label: 'System voices (macOS say, Windows SAPI)',
  platforms: ['darwin', 'win32'],
  // The system voices read acronyms and numbers well themselves.
  readsAcronyms: true,
  detect: detectOnce,
  async open({ jobs, slots }) {
    const known = new Set((await detectOnce()).voices.map((v) => v.id));
    const scratch = await Scratch.create('say');
    const limit = sessionLimiter(slots, jobs);
    const session: EngineSession = {
      synthesize: (req) =>
        limit(async () => {
          if (!known.has(req.voice)) throw new UserError(`unknown system voice "${req.voice}"`, { hint: 'list voices with: briefcast voices' });
          if (process.platform === 'win32') return windowsExport(req.text, req.voice, req.rate, req.outFile, req.signal);
          // Text goes through a file (-f), so a sentence starting with "-" can never become an option.
          const textFile = await scratch.textFile(req.text);
          const rate = req.rate === null ? [] : ['-r', String(Math.round(req.rate))];
          const args = ['-v', req.voice, ...rate, '--file-format=WAVE', '--data-format=LEI16@22050', '-o', req.outFile, '-f', textFile];
          await run('say', args, { signal: req.signal, timeoutMs: 60_000 + req.text.length * 100 });
        }),
      close: () => scratch.dispose(),
    };
    return session;
  },
} satisfies TtsEngine;

async function windowsExport(text: string, voice: string, rate: number | null, outFile: string, signal?: AbortSignal): Promise<void> {
  // The say package builds a PowerShell command with these two values inside single quotes (text goes via stdin).
  if (!WIN_NAME.test(voice) || !WIN_PATH.test(outFile)) {
    throw new UserError(`cannot pass "${voice}" / "${outFile}" to Windows speech safely`, { hint: 'use a cache folder with a plain path' });
  }
  const win = newWin32Say();
  const onAbort = () => win.stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await new Promise<void>((resolve, reject) =>
      win.export(text, voice, rate === null ? 1 : rate / 180, outFile, (err) => (err ? reject(err) : resolve())),
    );
  } catch (error) {
    throw new BriefcastError(`Windows speech failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

// espeak-ng: the system program, fast and always intelligible enough to be a last resort.
import { run } from '../../process/run.js';
import { memoDetection } from '../detection.js';
import type { EngineSession, TtsEngine, VoiceInfo } from '../engine.js';
import { sessionLimiter } from '../limiter.js';
import { clampRate } from '../rate.js';
import { Scratch } from '../scratch.js';

const BIN = 'espeak-ng';
const INSTALL = 'install espeak-ng (Debian/Ubuntu: sudo apt-get install espeak-ng; macOS: brew install espeak-ng)';
/** espeak-ng's default -s is 175, but with pauses a news paragraph comes out at about 191 wpm (measured). */
const DEFAULT_S = 175;
const MEASURED_WPM = 191;

/** Distinct English variants offered on top of the base languages, so a pool of quote voices can be built. */
const ENGLISH_VARIANTS: ReadonlyArray<{ id: string; name: string; gender: 'female' | 'male' }> = [
  { id: 'en-us+f2', name: 'English (America), female 2', gender: 'female' },
  { id: 'en-us+f4', name: 'English (America), female 4', gender: 'female' },
  { id: 'en-us+m3', name: 'English (America), male 3', gender: 'male' },
  { id: 'en-us+m7', name: 'English (America), male 7', gender: 'male' },
  { id: 'en-gb+f3', name: 'English (Great Britain), female 3', gender: 'female' },
  { id: 'en-gb+m1', name: 'English (Great Britain), male 1', gender: 'male' },
];

/** Parses `espeak-ng --voices` (skipping MBROLA voices, which need extra packages). */
export function parseEspeakVoices(listing: string): VoiceInfo[] {
  const voices: VoiceInfo[] = [];
  const seen = new Set<string>();
  for (const line of listing.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 5) continue;
    const [, lang, ageGender, name, file] = cols as [string, string, string, string, string];
    if (file.startsWith('mb/') || seen.has(lang) || !/^[a-z0-9-]+$/i.test(lang)) continue;
    seen.add(lang);
    const gender = ageGender.endsWith('F') ? 'female' : ageGender.endsWith('M') ? 'male' : null;
    voices.push({ id: lang, name: name.replace(/_/g, ' '), language: bcp47(lang), gender, speaker: `espeak-${primary(lang)}` });
  }
  return voices;
}

function primary(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

function bcp47(lang: string): string {
  const [first, ...rest] = lang.split('-');
  return [first!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.toLowerCase()))].join('-');
}

const detectOnce = memoDetection(async () => {
  // Both programs start at once (detection is on the way to the first sound); a failing --version still decides the error.
  const listed = run(BIN, ['--voices'], { timeoutMs: 10_000 });
  listed.catch(() => undefined);
  const { stdout } = await run(BIN, ['--version'], { timeoutMs: 10_000 });
  const version = /NG text-to-speech:\s*(\S+)/.exec(stdout)?.[1] ?? stdout.trim();
  const listing = await listed;
  const base = parseEspeakVoices(listing.stdout);
  const variants: VoiceInfo[] = base.some((v) => v.id === 'en-us')
    ? ENGLISH_VARIANTS.map((v) => ({ ...v, language: v.id.startsWith('en-gb') ? 'en-GB' : 'en-US', speaker: `espeak-en+${v.id.split('+')[1]}` }))
    : [];
  const known = new Set(base.map((v) => v.id));
  return { status: { available: true, version: `espeak-ng ${version}` }, voices: [...base, ...variants], defaultVoice: (language: string) => defaultVoice(known, language) };
}, INSTALL);

/** espeak-ng's narrator for a language: its voice named by the language code (en: US English). */
function defaultVoice(known: ReadonlySet<string>, language: string): string | null {
  const lang = language.toLowerCase();
  if (lang === 'en' || lang.startsWith('en-us')) return 'en-us';
  if (lang.startsWith('en-')) return 'en-gb';
  return known.has(lang) ? lang : known.has(primary(lang)) ? primary(lang) : null;
}

/** The espeak-ng engine. */
export const espeakNgEngine = {
  id: 'espeak-ng',
  label: 'eSpeak NG',
  platforms: 'all',
  detect: detectOnce,
  async open({ jobs, slots }) {
    const scratch = await Scratch.create('espeak');
    const limit = sessionLimiter(slots, jobs);
    const session: EngineSession = {
      async synthesize(req) {
        const textFile = await scratch.textFile(req.text);
        const speed = req.rate === null ? DEFAULT_S : Math.round((DEFAULT_S * clampRate(req.rate)) / MEASURED_WPM);
        // The voice id always comes after -v as its value; text only through -f, never as an argument.
        await limit(() =>
          run(BIN, ['-v', req.voice, '-s', String(speed), '-w', req.outFile, '-f', textFile], {
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

// End to end per language: the real CLI makes an .m4a from a fixture article in German, French, Spanish, Italian and
// Portuguese with the voices installed here (espeak-ng's); ffprobe reads the result back, the plan shows the language.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';
import { probe } from '../helpers/probe.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/languages');
const ENGLISH_NUMBERS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|thousand|percent)\b/i;

interface LanguageCase {
  file: string;
  /** --lang given, or null: the page declares its language. */
  lang: string | null;
  language: string;
  narrator: string;
  /** Words of this language's reading that the plan must contain (numbers, dates, units). */
  spoken: string[];
  /** The person quoted, who gets a voice of their own in the language (a variant of the narrator's). */
  speaker?: string;
}

const LANGUAGES: LanguageCase[] = [
  { file: 'de.md', lang: 'de', language: 'de', narrator: 'espeak-ng:de', spoken: ['dritten Oktober zweitausendvierundzwanzig', 'vierzehn Uhr dreißig', 'drei bis vier Prozent', 'minus fünf Grad Celsius', 'zwei Drittel'], speaker: 'Anna Keller' },
  { file: 'fr.html', lang: null, language: 'fr', narrator: 'espeak-ng:fr-fr', spoken: ['premier mai deux mille vingt-quatre', 'sept heures trente', 'douze mille voyageurs', "deux virgule cinq millions d'euros", 'moins deux degrés Celsius'] },
  { file: 'es.txt', lang: 'es', language: 'es', narrator: 'espeak-ng:es', spoken: ['doce de mayo de dos mil veinticuatro', 'siglo veintiuno', 'cuarenta y nueve euros con noventa', 'dos tercios', 'menos tres grados Celsius'], speaker: 'Carmen López' },
  { file: 'it.md', lang: 'it', language: 'it', narrator: 'espeak-ng:it', spoken: ['primo maggio duemilaventiquattro', 'dieci e trenta', 'diciottesimo secolo', 'dodici euro e cinquanta', 'meno un grado Celsius'], speaker: 'Marco Bianchi' },
  { file: 'pt.md', lang: 'pt', language: 'pt', narrator: 'espeak-ng:pt', spoken: ['vinte e cinco de abril de dois mil e vinte e quatro', 'nove horas e trinta', 'século vinte e um', 'dois terços', 'menos dois graus Celsius'], speaker: 'Helena Costa' },
];

interface PlanJson {
  language: string;
  chapters: Array<{ title: string; segments: Array<{ kind: string; spoken: string; voice: string; speaker: string | null }> }>;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-e2e-lang-'));
});

describe.each(LANGUAGES)('$file', ({ file, lang, language, narrator, spoken, speaker }) => {
  const source = path.join(FIXTURES, file);
  const langArgs = lang ? ['--lang', lang] : [];

  it(`plans in ${language}: its voice, its number words, never English ones`, async () => {
    const result = await runCli(['plan', source, '--json', ...langArgs]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.language).toBe(language);
    const segments = plan.chapters.flatMap((c) => c.segments);
    for (const s of segments.filter((x) => x.kind === 'narration')) expect(s.voice).toBe(narrator);
    if (speaker) {
      const quotes = segments.filter((x) => x.kind === 'quote' && x.speaker === speaker);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q.voice.startsWith(`${narrator}+`)).toBe(true);
    }
    const text = segments.map((s) => s.spoken).join(' ');
    for (const words of spoken) expect(text).toContain(words);
    expect(text).not.toMatch(ENGLISH_NUMBERS);
    // Only digits glued to letters ("T9", a line's name) are left for the engine.
    expect(text).not.toMatch(/(?<!\p{L})\d/u);
  });

  it(`makes an .m4a in ${language} that ffprobe reads back with its chapters`, async () => {
    const out = path.join(dir, `${path.parse(file).name}.m4a`);
    const timings = `${out}.timings.json`;
    const plan = JSON.parse((await runCli(['plan', source, '--json', ...langArgs])).stdout) as PlanJson;
    const result = await runCli(['make', source, '-o', out, '--no-cache', '--timings', timings, '--quiet', ...langArgs]);
    expect(result.code, result.stderr).toBe(0);
    const info = await probe(out);
    expect(info.streams.map((s) => s.codec_name)).toContain('aac');
    expect(info.chapters.map((c) => c.title)).toEqual(plan.chapters.map((c) => c.title));
    const t = JSON.parse(await readFile(timings, 'utf8')) as { sampleRate: number; totalSamples: number };
    expect(Math.abs(info.duration - t.totalSamples / t.sampleRate)).toBeLessThan(0.1);
    // Speech at a newsreader's pace: not silence, not minutes of spelled digits.
    const words = plan.chapters.flatMap((c) => c.segments).reduce((n, s) => n + s.spoken.split(/\s+/).length, 0);
    const wpm = words / (info.duration / 60);
    expect(wpm).toBeGreaterThan(80);
    expect(wpm).toBeLessThan(320);
  });
});

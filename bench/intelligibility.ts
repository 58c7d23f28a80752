// Intelligibility benchmark: word error rate of pocketsphinx on (a) an engine reading the raw article text and
// (b) the same engine reading briefcast's spoken text, against hand-written reference spoken forms.
// Run: node --import tsx bench/intelligibility.ts [--engines festival-hts,festival-kal,flite-slt,espeak-ng]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../src/ingest/index.js';
import { run } from '../src/process/run.js';
import { defaultLexicon } from '../src/text/lexicon.js';
import { splitSentences } from '../src/text/sentences.js';
import { toSpoken } from '../src/text/speakable.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/articles/', import.meta.url));
const MODEL = '/usr/share/pocketsphinx/model/en-us';

interface Passage {
  fixture: string;
  /** Blocks of the fixture read in this passage. */
  blocks: number[];
  /** How a careful human newsreader says it, written by hand. */
  reference: string;
}

const PASSAGES: Passage[] = [
  {
    fixture: 'wire-scraped.txt',
    blocks: [0, 1, 3],
    reference:
      'dock workers in the port city of valmora walked off the job on tuesday after talks with the harbor authority broke down over pay and night shifts leaving more than forty cargo ships waiting offshore ' +
      'the strike the first at the port in twelve years began shortly before six a m local time when crews on the morning shift refused to board the cranes ' +
      'the harbor authority said in a statement that it had offered a four point five percent raise and would return to the table at any time',
  },
  {
    fixture: 'tabloid-scraped.txt',
    blocks: [0, 1, 2],
    reference:
      'a pensioner has become the oldest person to swim the length of lake orrin raising twelve thousand pounds for the hospice that cared for his wife ' +
      'arthur penhale eighty one set off from the northern shore at dawn on saturday and reached the slipway at coldharbour nine hours later ' +
      "my knees gave up years ago but my arms didn't get the message he told reporters wrapped in a towel and grinning",
  },
  {
    fixture: 'newspaper.html',
    blocks: [1, 2, 5],
    reference:
      'sales of heat pumps rose forty one percent to two hundred twelve thousand units while boiler sales fell to one hundred ninety eight thousand ' +
      'the shift was driven by a five thousand dollar government grant and by gas prices that doubled in twenty twenty two the agency said ' +
      "the agency expects heat pumps to heat a third of norland's homes by twenty thirty",
  },
  {
    fixture: 'breadcrumb-separators.txt',
    blocks: [0, 2, 3],
    reference:
      'temporary flood barriers held overnight as the river morava peaked about thirty centimeters below the level that flooded the old town in nineteen ninety seven ' +
      'about one thousand five hundred residents who had left their homes as a precaution were told they could return by the afternoon ' +
      "we were lucky and we were ready the mayor said next time we may only be ready",
  },
  {
    fixture: 'short-quotes.txt',
    blocks: [3, 4, 5],
    reference:
      'the company had offered a one off payment of eight hundred dollars and a three percent raise from january the union wants seven percent ' +
      "we have made our last offer said the company's chief executive paul hendry there is nothing left in the drawer " +
      'if the strike goes ahead the factory will close for christmas for the first time since nineteen fifty two',
  },
];

interface Engine {
  id: string;
  /** Engine id given to toSpoken. */
  speakable: string;
  synth(textFile: string, wav: string): Promise<unknown>;
}

const ENGINES: Engine[] = [
  {
    id: 'festival-hts',
    speakable: 'festival',
    synth: (txt, wav) => run('text2wave', ['-eval', '(voice_cmu_us_slt_arctic_hts)', '-o', wav, txt], { timeoutMs: 300_000 }),
  },
  {
    id: 'festival-kal',
    speakable: 'festival',
    synth: (txt, wav) => run('text2wave', ['-eval', '(voice_kal_diphone)', '-o', wav, txt], { timeoutMs: 300_000 }),
  },
  { id: 'flite-slt', speakable: 'flite', synth: (txt, wav) => run('flite', ['-voice', 'slt', '-f', txt, '-o', wav], { timeoutMs: 300_000 }) },
  { id: 'espeak-ng', speakable: 'espeak-ng', synth: (txt, wav) => run('espeak-ng', ['-v', 'en-us', '-f', txt, '-w', wav], { timeoutMs: 300_000 }) },
];

/** Words for comparison: lower case, American spelling, no punctuation. */
function words(text: string): string[] {
  const spelling: Record<string, string> = { harbour: 'harbor', centre: 'center', metres: 'meters', centimetres: 'centimeters' };
  return text
    .toLowerCase()
    .replace(/\(\d+\)/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    // "a m" and "am" are the same spoken time.
    .replace(/\b([ap]) m\b/g, '$1m')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .map((w) => spelling[w] ?? w);
}

/** Word error rate: word-level Levenshtein distance over the reference length. */
export function wordErrorRate(reference: string[], hypothesis: string[]): number {
  let prev = Array.from({ length: hypothesis.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hypothesis.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[hypothesis.length]! / reference.length;
}

async function recognize(wav: string, dir: string): Promise<string> {
  const pcm = path.join(dir, 'rec16k.wav');
  await run('sox', [wav, '-r', '16000', '-c', '1', '-b', '16', pcm]);
  const { stdout } = await run(
    'pocketsphinx_continuous',
    ['-infile', pcm, '-hmm', `${MODEL}/en-us`, '-lm', `${MODEL}/en-us.lm.bin`, '-dict', `${MODEL}/cmudict-en-us.dict`, '-logfn', '/dev/null'],
    { timeoutMs: 600_000 },
  );
  return stdout.replace(/\s+/g, ' ').trim();
}

async function main(): Promise<void> {
  const pick = process.argv.indexOf('--engines');
  const wanted = pick > 0 ? process.argv[pick + 1]!.split(',') : ENGINES.map((e) => e.id);
  const verbose = process.argv.includes('--verbose');
  const lexicon = defaultLexicon();
  const dir = await mkdtemp(path.join(tmpdir(), 'briefcast-bench-'));
  const rows: string[] = [];
  try {
    const texts = await Promise.all(
      PASSAGES.map(async (p) => {
        const article = await loadSource(path.join(fixtures, p.fixture));
        return p.blocks.map((b) => article.blocks[b]!.text);
      }),
    );
    for (const engine of ENGINES.filter((e) => wanted.includes(e.id))) {
      const totals = { raw: 0, spoken: 0, words: 0 };
      for (const [i, passage] of PASSAGES.entries()) {
        const raw = texts[i]!.join('\n\n');
        const spoken = texts[i]!.map((t) => splitSentences(t).map((s) => toSpoken(s, { lexicon })).join(' ')).join('\n\n');
        const ref = words(passage.reference);
        const result: Record<string, number> = {};
        for (const [kind, text] of [['raw', raw], ['spoken', spoken]] as const) {
          const txt = path.join(dir, `${kind}.txt`);
          const wav = path.join(dir, `${kind}.wav`);
          await writeFile(txt, `${text}\n`);
          await engine.synth(txt, wav);
          const heard = await recognize(wav, dir);
          result[kind] = wordErrorRate(ref, words(heard));
          if (verbose) console.error(`[${engine.id} ${passage.fixture} ${kind}] ${heard}`);
          totals[kind] += result[kind]! * ref.length;
        }
        totals.words += ref.length;
        rows.push(`| ${engine.id} | ${passage.fixture} | ${ref.length} | ${result.raw!.toFixed(2)} | ${result.spoken!.toFixed(2)} |`);
      }
      rows.push(`| **${engine.id}** | **all** | ${totals.words} | **${(totals.raw / totals.words).toFixed(2)}** | **${(totals.spoken / totals.words).toFixed(2)}** |`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log('| engine | passage | ref words | WER raw text | WER briefcast spoken |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();

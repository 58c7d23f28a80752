// Quote evaluation: each hand-marked article goes through the real plain-text ingest and the quote finder,
// and is scored against its marks. Run: npm run eval:quotes [-- --verbose] [--data <dir>] [--set <name>]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { findQuotes } from '../../src/quotes/find.js';
import { quoteParagraphs } from '../../src/quotes/pieces.js';
import { locate, parseMarked } from './gold.js';
import { emptyTally, scoreArticle, type Miss, type PlacedGold, type Tally } from './score.js';

/** The sets, in report order; `blind` prints its summary only. */
const SETS = ['tune', 'blind', 'legacy-tune', 'heldout', 'fresh'];
const BLIND = 'blind';

interface SetResult { articles: number; total: Tally; byTag: Map<string, Tally>; misses: string[] }

async function evaluateSet(dir: string, work: string): Promise<SetResult> {
  const result: SetResult = { articles: 0, total: emptyTally(), byTag: new Map(), misses: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const marked = parseMarked(readFileSync(join(dir, file), 'utf8'));
    // The user's path: a .txt file read by the CLI's loader (plain-text draft, cleaning), then the plan's paragraphs.
    const path = join(work, file);
    writeFileSync(path, marked.plain);
    const article = await loadSource(path, { language: 'en' });
    const paragraphs = quoteParagraphs(article, article.blocks.map((b) => splitSentences(b.text)));
    let cursor = { paragraph: 0, at: 0 };
    const gold: PlacedGold[] = marked.gold.map((g) => {
      const place = locate(paragraphs, g.text, cursor);
      if (place) cursor = { paragraph: place.paragraph, at: place.end };
      return { ...g, place };
    });
    const found = findQuotes(paragraphs, { language: 'en' });
    const misses: Miss[] = scoreArticle(paragraphs, gold, found, result.total, result.byTag);
    result.misses.push(...misses.map((m) => `${basename(dir)}/${file}: ${m.kind} ${m.text} ${m.detail}`));
    result.articles++;
  }
  return result;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function row(name: string, t: Tally, precision: string): string {
  return [
    name.padEnd(16),
    String(t.gold).padStart(5),
    pct(t.recalled, t.gold).padStart(7),
    precision.padStart(7),
    pct(t.correct, t.gold).padStart(7),
    pct(t.wrong, t.gold).padStart(7),
    pct(t.narrator, t.gold).padStart(7),
    `${pct(t.genderRight, t.gendered)} (${t.genderOpposite} opp.)`.padStart(16),
  ].join(' ');
}
const HEADER = `${'set / pattern'.padEnd(16)} quotes  recall  precis speaker   wrong narratr   gender (f/m gold)`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const root = opt('--data') ?? join(dirname(fileURLToPath(import.meta.url)), 'data');
  const only = opt('--set');
  const work = mkdtempSync(join(tmpdir(), 'briefcast-eval-'));
  try {
    for (const set of SETS) {
      const dir = join(root, set);
      if ((only && only !== set) || !existsSync(dir)) continue;
      const r = await evaluateSet(dir, work);
      console.log(`\n${set}: ${r.articles} articles`);
      console.log(HEADER);
      console.log(row('all', r.total, pct(r.total.matched, r.total.found)));
      for (const [tag, t] of [...r.byTag].sort((a, b) => b[1].gold - a[1].gold)) console.log(row(`  ${tag}`, t, ''));
      // Never the blind set's quotes or texts: its figures only.
      if (verbose && set !== BLIND) for (const m of r.misses) console.log(`  ${m}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

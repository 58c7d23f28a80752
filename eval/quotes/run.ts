// Quote evaluation: detection precision/recall/F1 and speaker accuracy against hand-marked articles.
// Run: npm run eval:quotes [-- --verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotes, type FoundQuote } from '../../src/quotes/find.js';

interface Gold { paragraph: number; start: number; end: number; speaker: string }

/** Strip `<q s="Speaker">…</q>` marks from an article, keeping where each marked quote lies. */
export function parseMarked(source: string): { paragraphs: string[]; gold: Gold[] } {
  const blocks = source.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b && !b.startsWith('# '));
  const gold: Gold[] = [];
  const paragraphs = blocks.map((block, paragraph) => {
    let out = '';
    let last = 0;
    for (const m of block.matchAll(/<q s="([^"]*)">(.*?)<\/q>/g)) {
      out += block.slice(last, m.index);
      gold.push({ paragraph, start: out.length, end: out.length + m[2]!.length, speaker: m[1]! });
      out += m[2];
      last = m.index! + m[0].length;
    }
    return out + block.slice(last);
  });
  return { paragraphs, gold };
}

function speakerMatches(gold: string, found: FoundQuote): boolean {
  if (!found.speaker) return false;
  if (gold.startsWith('desc:')) return found.speakerKind !== 'person' && found.speaker.toLowerCase().includes(gold.slice(5).replace(/s$/, ''));
  return found.speakerKind === 'person' && found.speaker.toLowerCase() === gold.toLowerCase();
}

interface Tally { gold: number; found: number; matched: number; correct: number; wrongNamed: number; narrator: number; errors: string[] }

function evaluate(file: string, tally: Tally): void {
  const { paragraphs, gold } = parseMarked(readFileSync(file, 'utf8'));
  const found = findQuotes(paragraphs);
  const used = new Set<number>();
  tally.gold += gold.length;
  tally.found += found.length;
  const name = file.split('/').slice(-2).join('/');
  for (const g of gold) {
    const idx = found.findIndex((f, i) => {
      if (used.has(i) || f.paragraph !== g.paragraph) return false;
      const inter = Math.min(f.end, g.end) - Math.max(f.start, g.start);
      const union = Math.max(f.end, g.end) - Math.min(f.start, g.start);
      return inter / union >= 0.6;
    });
    const text = paragraphs[g.paragraph]!.slice(g.start, g.end).slice(0, 50);
    if (idx < 0) {
      tally.errors.push(`${name}: MISSED ${text} [${g.speaker}]`);
      continue;
    }
    used.add(idx);
    tally.matched++;
    const f = found[idx]!;
    if (speakerMatches(g.speaker, f)) tally.correct++;
    else if (f.speaker === null) {
      tally.narrator++;
      tally.errors.push(`${name}: NARRATOR ${text} [${g.speaker}]`);
    } else {
      tally.wrongNamed++;
      tally.errors.push(`${name}: WRONG ${text} [${g.speaker}] got ${f.speaker} (${f.speakerKind})`);
    }
  }
  found.forEach((f, i) => {
    if (!used.has(i)) tally.errors.push(`${name}: SPURIOUS ${paragraphs[f.paragraph]!.slice(f.start, f.end).slice(0, 60)}`);
  });
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

function report(split: string, dir: string, verbose: boolean): void {
  const tally: Tally = { gold: 0, found: 0, matched: 0, correct: 0, wrongNamed: 0, narrator: 0, errors: [] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) evaluate(join(dir, f), tally);
  const p = tally.found ? tally.matched / tally.found : 0;
  const r = tally.gold ? tally.matched / tally.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(
    `${split.padEnd(8)} articles ${files.length}, quotes ${tally.gold}, found ${tally.found} | ` +
      `detection P ${pct(p)} R ${pct(r)} F1 ${f1.toFixed(3)} | speaker accuracy ${pct(tally.correct / tally.gold)} ` +
      `(narrator ${tally.narrator}) | wrong named speaker ${pct(tally.wrongNamed / tally.gold)}`,
  );
  if (verbose) for (const e of tally.errors) console.log(`  ${e}`);
}

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');
report('tuning', join(here, 'data', 'tune'), verbose);
report('held-out', join(here, 'data', 'heldout'), verbose && process.argv.includes('--show-heldout'));
report('fresh', join(here, 'data', 'fresh'), verbose && process.argv.includes('--show-heldout'));

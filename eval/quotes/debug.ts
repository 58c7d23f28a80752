// Prints the people, mentions and found quotes of one marked tuning article (never use it on the blind set).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSource } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { quoteParagraphs } from '../../src/quotes/pieces.js';
import { findPeople } from '../../src/quotes/people.js';
import { findQuotes } from '../../src/quotes/find.js';
import { parseMarked } from './gold.js';
import { findQuoteSpans } from '../../src/quotes/marks.js';
import { english } from '../../src/quotes/languages/en.js';

const file = process.argv[2]!;
if (/\bblind\b/.test(file)) throw new Error('the blind set is never looked at');
const marked = parseMarked(readFileSync(file, 'utf8'));
const path = join(mkdtempSync(join(tmpdir(), 'briefcast-debug-')), 'a.txt');
writeFileSync(path, marked.plain);
const article = await loadSource(path);
const paragraphs = quoteParagraphs(article, article.blocks.map((b) => splitSentences(b.text)));
const people = findPeople(paragraphs, { ignore: findQuoteSpans(paragraphs, english) });
for (const p of people.persons) console.log(`person ${p.id} ${p.name} ${p.gender}/${p.genderFrom} [${p.titles.join(', ')}]`);
if (process.argv.includes('--mentions')) for (const m of people.mentions) console.log(`  p${m.paragraph} ${m.text} → ${people.persons[m.person]!.name} ${m.role}`);
for (const q of findQuotes(paragraphs)) console.log(`p${q.paragraph} ${paragraphs[q.paragraph]!.slice(q.start, q.end).slice(0, 50)} → ${q.speaker} (${q.speakerKind}, ${q.gender})`);

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/article.js';
import { loadSource } from '../../src/ingest/index.js';
import { sectionize } from '../../src/segment/index.js';
import { breakableGaps } from '../../src/segment/quote-gaps.js';
import { titleSections, fit } from '../../src/segment/titles.js';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));
const WPM = 170;
const seconds = (a: Article, blocks: number[]) => blocks.reduce((n, b) => n + a.blocks[b]!.text.split(/\s+/).length, 0) / WPM * 60;

describe('sectionize over every fixture', () => {
  for (const file of fixtures) {
    it(`${file}: every block in exactly one section, in order; good titles`, async () => {
      const article = await loadSource(path.join(dir, file));
      const sections = sectionize(article, { wordsPerMinute: WPM });
      expect(sections.flatMap((s) => s.blocks)).toEqual(article.blocks.map((_, i) => i));
      const titles = sections.map((s) => s.title);
      expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(titles.length);
      for (const t of titles) {
        expect(t.split(/\s+/).length).toBeLessThanOrEqual(8);
        expect(t).not.toMatch(/^chapter\b|^section\b|^part \d/i);
      }
    });
  }
});

describe('chapters from headings', () => {
  it('one chapter per heading, titled with it; the first is the headline and lede', async () => {
    const article = await loadSource(path.join(dir, 'broadcaster.html'));
    const sections = sectionize(article, { wordsPerMinute: WPM });
    // The nine-word headline is cut to the eight-word limit.
    expect(sections.map((s) => s.title)).toEqual([fit(article.title), 'Why the change', 'Who pays']);
    expect(sections[0]!.title).toBe('Island ferry fares to be cut');
    expect(sections[0]!.blocks).toEqual([0, 1]);
  });
  it('Markdown headings', async () => {
    const article = await loadSource(path.join(dir, 'blog.md'));
    expect(sectionize(article, { wordsPerMinute: WPM }).map((s) => s.title)).toEqual([
      'Why our town switched off half its streetlights', 'What changed', 'What residents think', 'What comes next',
    ]);
  });
});

describe('topical chapters without headings', () => {
  it('splits a 1,070-word article into 4 to 6 chapters within the length bounds', async () => {
    const article = await loadSource(path.join(dir, 'long-no-headings.txt'));
    const sections = sectionize(article, { wordsPerMinute: WPM });
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(sections.length).toBeLessThanOrEqual(6);
    for (const s of sections) {
      expect(seconds(article, s.blocks)).toBeGreaterThanOrEqual(40);
      expect(seconds(article, s.blocks)).toBeLessThanOrEqual(240);
    }
    // The headline, cut at a clause to fit eight words.
    expect(sections[0]!.title).toBe('Council approves tram line for Carrowmore');
  });
  it('finds the shift to a new topic marked by "Meanwhile"', async () => {
    const article = await loadSource(path.join(dir, 'long-no-headings.txt'));
    const meanwhile = article.blocks.findIndex((b) => b.text.startsWith('Meanwhile'));
    const starts = sectionize(article, { wordsPerMinute: WPM }).map((s) => s.blocks[0]);
    expect(starts).toContain(meanwhile);
  });
  it('never breaks inside a multi-paragraph quote', async () => {
    const article = await loadSource(path.join(dir, 'long-no-headings.txt'));
    const quote = article.blocks.findIndex((b) => b.text.startsWith('“My father'));
    const sections = sectionize(article, { wordsPerMinute: WPM });
    const home = sections.find((s) => s.blocks.includes(quote))!;
    expect(home.blocks).toContain(quote + 1);
    expect(home.blocks).toContain(quote + 2);
  });
  it('keeps a short article in one chapter', async () => {
    const article = await loadSource(path.join(dir, 'wire-scraped.txt'));
    expect(sectionize(article, { wordsPerMinute: WPM })).toHaveLength(1);
  });
  it('gives a long unbroken text chapters no longer than about four minutes', () => {
    const topics = ['harbour ships cargo cranes dock', 'school pupils teachers exams classroom', 'river flood barriers rain water', 'election votes candidates ballot campaign'];
    const blocks = Array.from({ length: 40 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Paragraph ${i} talks about ${topics[Math.floor(i / 10)]} and more ${topics[Math.floor(i / 10)]} in a long plain sentence with many ordinary words in it today.`,
    }));
    const article: Article = { title: 'A long day', source: 'x', url: null, byline: null, date: null, language: null, blocks };
    const sections = sectionize(article, { wordsPerMinute: WPM });
    for (const s of sections) expect(seconds(article, s.blocks)).toBeLessThanOrEqual(240);
    // The topic changes every ten paragraphs; the breaks should find them.
    expect(sections.map((s) => s.blocks[0])).toEqual(expect.arrayContaining([10, 20, 30]));
  });
});

describe('quote gaps', () => {
  it('forbids a break inside an open quote and before an attribution', () => {
    const gaps = breakableGaps([
      'Plain text here.',
      '“This quote goes on,',
      'and on.”',
      'Plain text again.',
      '“Short quote,”',
      'he said.',
      '“Another quote from the same speaker.”',
      'New topic begins here.',
    ]);
    expect(gaps).toEqual([false, true, false, true, true, false, true, true]);
  });
});

describe('titles', () => {
  it('are at most eight words and unique', () => {
    const texts = [
      'Harbour workers in Valmora went on strike. The harbour workers want pay for night shifts at the harbour.',
      'Harbour workers in Valmora went on strike. The harbour workers want pay for night shifts at the harbour.',
    ];
    const titles = titleSections(texts, []);
    expect(new Set(titles).size).toBe(2);
    for (const t of titles) expect(t.split(' ').length).toBeLessThanOrEqual(8);
  });
  it('name what is salient in the section', () => {
    const titles = titleSections([
      'The mayor, Helen Quayle, spoke about the tram vote. Helen Quayle said the tram vote was historic.',
      'Kingfishers nest on the river Carrow. The Carrow Valley Wildlife Trust fears the bridge will harm the kingfisher colony.',
    ]);
    expect(titles[0]).toMatch(/Helen Quayle|tram vote/);
    expect(titles[1]).toMatch(/Carrow|kingfisher/i);
  });
  it('fit trims to eight words without a dangling word', () => {
    expect(fit('one two three four five six seven of eight nine')).toBe('One two three four five six seven');
  });
});

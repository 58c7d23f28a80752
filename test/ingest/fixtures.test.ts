// Every fixture paragraph is hand-marked keep or drop in its sidecar JSON; the loader must agree exactly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/ingest/index.js';
import { comparable } from '../../src/ingest/boilerplate.js';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));

interface Expected {
  title: string;
  byline?: string;
  date?: string;
  url?: string;
  language?: string;
  /** Start of every kept block, in order; "## " marks a heading. */
  keep: string[];
  /** Start of every junk paragraph. */
  drop: string[];
}

describe('boilerplate filter over hand-marked fixtures', () => {
  it('has at least 15 fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(15));

  for (const file of fixtures) {
    const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.\w+$/, '.json')), 'utf8')) as Expected;
    it(file, async () => {
      const article = await loadSource(path.join(dir, file));
      expect(article.title).toBe(expected.title);
      const got = article.blocks.map((b) => `${b.kind === 'heading' ? '## ' : ''}${b.text}`);
      // No kept paragraph lost, none added, order kept.
      expect(got.length, got.join('\n')).toBe(expected.keep.length);
      expected.keep.forEach((start, i) => expect(got[i]!.startsWith(start), `block ${i}: ${got[i]}`).toBe(true));
      // No junk kept, anywhere.
      for (const junk of expected.drop) {
        expect(article.blocks.some((b) => comparable(b.text).startsWith(comparable(junk))), junk).toBe(false);
      }
      if (expected.byline) expect(article.byline).toBe(expected.byline);
      if (expected.date) expect(article.date?.slice(0, 10)).toBe(expected.date);
      if (expected.url) expect(article.url).toBe(expected.url);
      if (expected.language) expect(article.language).toBe(expected.language);
    });
  }
});

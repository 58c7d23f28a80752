// The invariant in every language: everything kept is spoken exactly once and in order, read by that language's rules.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/ingest/index.js';
import { buildPlan } from '../../src/plan/build.js';
import { planSchema } from '../../src/plan/schema.js';
import { chooseLanguage } from '../../src/text/languages/index.js';
import { splitSentences } from '../../src/text/sentences.js';

const dir = fileURLToPath(new URL('../fixtures/languages/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('plan invariant per language', () => {
  for (const file of fixtures) {
    it(file, async () => {
      const article = await loadSource(path.join(dir, file));
      // The HTML fixture declares its language; the others are named after theirs.
      const language = chooseLanguage(file.endsWith('.html') ? undefined : path.parse(file).name, [article.language]);
      const plan = buildPlan([article], { language, narrator: 'espeak-ng:x', rate: null });
      expect(() => planSchema.parse(plan)).not.toThrow();
      const body = plan.chapters.flatMap((c) => c.segments).slice(1);
      // Pieces of one sentence join without a space ("„…“, sagte er": the comma follows the closing mark).
      expect(new Set(body.map((s) => s.paragraph)).size).toBe(article.blocks.length);
      article.blocks.forEach((block, i) => {
        const bySentence = new Map<number, string>();
        for (const s of body.filter((x) => x.paragraph === i + 1)) bySentence.set(s.sentence, (bySentence.get(s.sentence) ?? '') + s.text);
        expect([...bySentence.values()].join(' ')).toBe(splitSentences(block.text, language).join(' '));
        expect(norm([...bySentence.values()].join(' '))).toBe(norm(block.text));
      });
    });
  }
});

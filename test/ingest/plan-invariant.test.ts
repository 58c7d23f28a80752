// Everything kept is spoken exactly once and in order: the plan's segments give back the article's blocks.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/ingest/index.js';
import { buildPlan } from '../../src/plan/build.js';
import { planSchema } from '../../src/plan/schema.js';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('plan invariant: every kept word spoken exactly once, in order', () => {
  for (const file of fixtures) {
    it(file, async () => {
      const article = await loadSource(path.join(dir, file));
      const plan = buildPlan([article], { language: 'en', narrator: 'flite:slt', rate: null });
      expect(() => planSchema.parse(plan)).not.toThrow();
      const segments = plan.chapters.flatMap((c) => c.segments);
      expect(segments[0]!.paragraph).toBe(0);
      expect(segments[0]!.text).toBe(article.title);
      const body = segments.slice(1);
      expect(body.every((s) => s.paragraph > 0)).toBe(true);
      expect(norm(body.map((s) => s.text).join(' '))).toBe(norm(article.blocks.map((b) => b.text).join(' ')));
      // Paragraph indexes never go backwards and every block is present.
      const paragraphs = body.map((s) => s.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      expect(new Set(paragraphs).size).toBe(article.blocks.length);
      for (const s of segments) {
        expect(s.spoken).toMatch(/[\p{L}\p{N}]/u);
        expect(s.spoken).not.toMatch(/[’‘“”—–…\u00A0]/);
      }
    });
  }
});

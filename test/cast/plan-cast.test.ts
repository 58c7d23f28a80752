import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlan } from '../../src/plan/build.js';
import { castPlan as castWith, voicesToRemember } from '../../src/plan/cast-plan.js';
import { registryVoices } from '../../src/briefing/registry-voices.js';
import { rememberVoices, voiceMemoryPath } from '../../src/cast/memory.js';
import { access } from 'node:fs/promises';
import { getEngine } from '../../src/tts/registry.js';
import type { VoiceInfo } from '../../src/tts/engine.js';
import type { Article } from '../../src/ingest/article.js';
import type { Plan } from '../../src/plan/schema.js';
import { splitSentences } from '../../src/text/sentences.js';

function article(file: string): Article {
  const [title, ...blocks] = readFileSync(new URL(`../fixtures/quotes/${file}`, import.meta.url), 'utf8').trim().split(/\n\s*\n/);
  return { title: title!, source: file, url: null, byline: null, date: null, language: 'en', blocks: blocks.map((text) => ({ kind: 'paragraph', text })) };
}

const NARRATOR = 'festival:cmu_us_slt_arctic_hts';
let speakers: Map<string, string>;
let available = true;

beforeAll(async () => {
  speakers = new Map();
  for (const id of ['festival', 'flite', 'espeak-ng']) {
    const engine = await getEngine(id);
    const detection = await engine.detect();
    const status = detection.status;
    if (!status.available) available = false;
    for (const v of detection.voices as VoiceInfo[]) speakers.set(`${id}:${v.id}`, v.speaker);
  }
  if (!available && process.env.CI === 'true') throw new Error('festival, flite and espeak-ng are needed for the casting test in CI');
});

/** Cast with the voices the registry reports here. */
const castPlan = (plan: Plan, options: Omit<Parameters<typeof castWith>[1], 'listVoices'>) => castWith(plan, { ...options, listVoices: registryVoices });

const quotes = (plan: Plan) => plan.chapters.flatMap((c) => c.segments).filter((s) => s.kind === 'quote');

describe('castPlan on a built plan (real engines)', () => {
  it('gives quotes their speaker and a voice of their own, and lists the cast', async (ctx) => {
    if (!available) ctx.skip();
    const a = article('harbour.txt');
    const plan = await castPlan(buildPlan([a], { language: 'en', narrator: NARRATOR, rate: null }), { outDir: null });
    const q = quotes(plan);
    expect(q.map((s) => s.speaker)).toEqual([
      'Helen Carver', 'Helen Carver', 'Tom Okafor', 'Tom Okafor', 'Linda Marsh', 'Helen Carver', 'Tom Okafor',
    ]);
    for (const s of q) {
      expect(s.voice).not.toBe(NARRATOR);
      // Never the narrator's recorded speaker, even through another engine (flite slt is cmu-slt too).
      expect(speakers.get(s.voice)).not.toBe('cmu-slt');
      expect(speakers.has(s.voice)).toBe(true);
    }
    const voiceOf = new Map(q.map((s) => [s.speaker, s.voice]));
    for (const s of q) expect(s.voice).toBe(voiceOf.get(s.speaker));
    expect(new Set(voiceOf.values()).size).toBe(3);
    expect(plan.cast).toEqual([
      { speaker: 'Helen Carver', voice: voiceOf.get('Helen Carver'), quotes: 3 },
      { speaker: 'Tom Okafor', voice: voiceOf.get('Tom Okafor'), quotes: 3 },
      { speaker: 'Linda Marsh', voice: voiceOf.get('Linda Marsh'), quotes: 1 },
    ]);
    // Narration stays with the narrator, and the plan's text gives back the article.
    for (const s of plan.chapters.flatMap((c) => c.segments)) if (s.kind === 'narration') expect(s.voice).toBe(NARRATOR);
    a.blocks.forEach((block, i) => {
      const segs = plan.chapters.flatMap((c) => c.segments).filter((s) => s.paragraph === i + 1);
      const bySentence = new Map<number, string>();
      for (const s of segs) bySentence.set(s.sentence, (bySentence.get(s.sentence) ?? '') + s.text);
      expect([...bySentence.values()].join(' ')).toBe(splitSentences(block.text).join(' '));
    });
  });

  it('reads every quote with the narrator when quote voices are off', async (ctx) => {
    if (!available) ctx.skip();
    const plan = await castPlan(buildPlan([article('harbour.txt')], { language: 'en', narrator: NARRATOR, rate: null }), { quoteVoices: false });
    expect(quotes(plan).length).toBe(7);
    for (const s of quotes(plan)) expect(s.voice).toBe(NARRATOR);
    expect(plan.cast.every((c) => c.voice === NARRATOR)).toBe(true);
  });

  it('keeps a person\'s voice across briefings in the same output folder', async (ctx) => {
    if (!available) ctx.skip();
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-cast-'));
    const first = await castPlan(buildPlan([article('harbour.txt')], { language: 'en', narrator: NARRATOR, rate: null }), { outDir });
    const linda = first.cast.find((c) => c.speaker === 'Linda Marsh')!.voice;
    // Casting only reads the folder's memory; the publish step writes it once the episode is in place.
    await expect(access(voiceMemoryPath(outDir))).rejects.toThrow();
    await rememberVoices(outDir, voicesToRemember(first));
    const stored = JSON.parse(await readFile(voiceMemoryPath(outDir), 'utf8'));
    expect(stored.speakers['Linda Marsh']).toBe(linda);
    // Next day Linda Marsh is quoted first; she still gets yesterday's voice.
    const next: Article = {
      title: 'Market square opens', source: 'next.txt', url: null, byline: null, date: null, language: 'en',
      blocks: [
        { kind: 'paragraph', text: '“It is dry at last,” said Linda Marsh, a shopper.' },
        { kind: 'paragraph', text: '“I miss the fish,” said Ruth Adeyemi, a teacher.' },
      ],
    };
    const second = await castPlan(buildPlan([next], { language: 'en', narrator: NARRATOR, rate: null }), { outDir });
    expect(second.cast.find((c) => c.speaker === 'Linda Marsh')!.voice).toBe(linda);
    expect(second.cast.find((c) => c.speaker === 'Ruth Adeyemi')!.voice).not.toBe(linda);
  });

  it('when the pool is one voice, people who follow each other do not share it', async (ctx) => {
    if (!available) ctx.skip();
    const cast = { version: 1 as const, engines: { festival: { en: { pool: [{ voice: 'flite:rms', gender: null }] } } }, pins: {} };
    const plan = await castPlan(buildPlan([article('harbour.txt')], { language: 'en', narrator: NARRATOR, rate: null }), { cast });
    const q = quotes(plan);
    for (let i = 1; i < q.length; i++) {
      if (q[i]!.speaker !== q[i - 1]!.speaker && q[i]!.voice !== NARRATOR) expect(q[i]!.voice).not.toBe(q[i - 1]!.voice);
    }
    expect(q.filter((s) => s.voice === 'flite:rms').length).toBeGreaterThan(0);
  });
});

describe('castPlan with a cast file', () => {
  it('never gives a quote the narrator\'s recorded speaker through another engine, and honours pins', async (ctx) => {
    if (!available) ctx.skip();
    const cast = {
      version: 1 as const,
      engines: { festival: { en: { pool: [{ voice: 'flite:slt', gender: null }, { voice: 'flite:rms', gender: null }, { voice: 'flite:awb', gender: null }] } } },
      pins: { 'Linda Marsh': 'espeak-ng:en-gb+f3' },
    };
    const plan = await castPlan(buildPlan([article('harbour.txt')], { language: 'en', narrator: NARRATOR, rate: null }), { cast });
    const q = quotes(plan);
    expect(q.some((s) => s.voice === 'flite:slt')).toBe(false);
    expect(q.filter((s) => s.speaker === 'Linda Marsh').every((s) => s.voice === 'espeak-ng:en-gb+f3')).toBe(true);
  });
});

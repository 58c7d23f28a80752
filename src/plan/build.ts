// Builds the plan (Script) from ingested articles: sections, sentences, pieces, spoken text, voices.
import type { Article } from '../ingest/article.js';
import { sectionize } from '../segment/index.js';
import { splitSentences } from '../text/sentences.js';
import { withParagraphs } from '../text/paragraphs.js';
import { toSpoken } from '../text/speakable.js';
import { splitForSynthesis } from '../text/synthesis-units.js';
import { defaultLexicon, type Lexicon } from '../text/lexicon.js';
import { piecesForArticle } from '../quotes/pieces.js';
import type { Chapter, Plan, Segment } from './schema.js';

export interface BuildPlanOptions {
  language: string;
  /** Narrator voice reference "engine:voice". */
  narrator: string;
  /** Words per minute, or null for the engine's natural rate. */
  rate: number | null;
  /** Briefing title; defaults to the first article's headline (or a digest title for several). */
  title?: string;
  /** Pronunciation lexicon (loadLexicon merges --lexicon files); the shipped default when omitted. */
  lexicon?: Lexicon;
  /** Spell acronyms letter by letter in the spoken text (default true; false for a narrator engine that reads them itself). */
  spellAcronyms?: boolean;
}

/** Natural speaking rate assumed when estimating durations. */
export const DEFAULT_WPM = 170;

/** Everything make decides before audio, with every segment read by the narrator. */
export function buildPlan(articles: readonly Article[], options: BuildPlanOptions): Plan {
  const spellAcronyms = options.spellAcronyms ?? true;
  const { language } = options;
  const lexicon = options.lexicon ?? defaultLexicon(language);
  const chapters: Chapter[] = [];
  // An over-long sentence becomes several units with the same paragraph and sentence (clause pauses between them).
  const units = (text: string, at: Omit<Segment, 'text' | 'spoken' | 'voice'>): Segment[] =>
    splitForSynthesis(text, language)
      .map((part) => ({ ...at, text: part, spoken: toSpoken(part, { spellAcronyms, lexicon, language }), voice: options.narrator }))
      .filter((s) => /[\p{L}\p{N}]/u.test(s.spoken));
  articles.map((a) => withParagraphs(a, language)).forEach((article, articleIndex) => {
    const sections = sectionize(article, { wordsPerMinute: options.rate ?? DEFAULT_WPM });
    // Quotes and their speakers are found article-wide (pronouns reach across paragraphs).
    const piecesPerBlock = piecesForArticle(article, article.blocks.map((b) => splitSentences(b.text, language)), { language });
    const headline = units(article.title, { kind: 'narration', speaker: null, paragraph: 0, sentence: 0 });
    sections.forEach((section, sectionIndex) => {
      const segments: Segment[] = sectionIndex === 0 ? [...headline] : [];
      for (const blockIndex of section.blocks) {
        for (const piece of piecesPerBlock[blockIndex] ?? []) {
          // Paragraph 0 is the headline; blocks count from 1.
          const gender = piece.kind === 'quote' && piece.gender ? { gender: piece.gender } : {};
          segments.push(...units(piece.text, { kind: piece.kind, speaker: piece.speaker, ...gender, paragraph: blockIndex + 1, sentence: piece.sentence }));
        }
      }
      if (segments.length) chapters.push({ title: section.title, article: articleIndex, segments });
    });
  });
  const title =
    options.title ?? (articles.length === 1 ? articles[0]!.title : `Briefing: ${articles.map((a) => a.title).join('; ')}`);
  return {
    version: 1,
    title,
    language: options.language,
    rate: options.rate,
    articles: articles.map((a) => ({ title: a.title, source: a.source, url: a.url, byline: a.byline, date: a.date })),
    chapters,
    cast: [],
  };
}

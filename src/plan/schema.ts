// The Script (plan JSON): the contract between understanding text and making sound.
import { z } from 'zod';
import { voiceRef } from '../cast/voice-ref.js';

export { voiceRef };

/** "engine:voice", e.g. "flite:slt" or "espeak-ng:en-us+m3". */
export const segmentSchema = z.object({
  kind: z.enum(['narration', 'quote']),
  /** The article's own words. */
  text: z.string(),
  /** What the engine is given. */
  spoken: z.string(),
  /** Canonical speaker name or description for quotes; null for narration. */
  speaker: z.string().nullable(),
  /** The speaker's gender as the article tells it (quotes only; absent when unknown, and in older plans). */
  gender: z.enum(['female', 'male']).optional(),
  voice: voiceRef,
  /** Index of the paragraph (block) within its article; a change means a paragraph pause. */
  paragraph: z.number().int().min(0),
  /** Index of the sentence within its paragraph; a change means a sentence pause. */
  sentence: z.number().int().min(0),
});

export const chapterSchema = z.object({
  title: z.string().min(1),
  article: z.number().int().min(0),
  segments: z.array(segmentSchema).min(1),
});

export const articleInfoSchema = z.object({
  title: z.string(),
  source: z.string(),
  /** The article's web address; only http(s), since it is linked from show notes and feeds. */
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL')
    .nullable()
    .default(null),
  byline: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
});

export const castEntrySchema = z.object({
  speaker: z.string(),
  voice: voiceRef,
  quotes: z.number().int().min(0),
});

export const planSchema = z
  .object({
    version: z.literal(1).default(1),
    title: z.string().min(1),
    language: z.string().min(2),
    /** Words per minute given to every engine. */
    rate: z.number().positive().max(1000).nullable().default(null),
    articles: z.array(articleInfoSchema).min(1),
    chapters: z.array(chapterSchema).min(1),
    cast: z.array(castEntrySchema).default([]),
  })
  .superRefine((plan, ctx) => {
    plan.chapters.forEach((chapter, i) => {
      if (chapter.article >= plan.articles.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', i, 'article'],
          message: `refers to article ${chapter.article}, but the plan has ${plan.articles.length}`,
        });
      }
    });
  });

export type Segment = z.infer<typeof segmentSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type ArticleInfo = z.infer<typeof articleInfoSchema>;
export type CastEntry = z.infer<typeof castEntrySchema>;
export type Plan = z.infer<typeof planSchema>;

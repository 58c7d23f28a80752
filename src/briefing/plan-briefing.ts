// The text half of the pipeline: sources → articles → plan (no audio).
import { UserError } from '../errors.js';
import type { Article } from '../ingest/article.js';
import type { PrefetchedPage } from '../ingest/fetch-page.js';
import { loadSource } from '../ingest/index.js';
import { loadLexicon } from '../text/lexicon.js';
import { castPlan } from '../plan/cast-plan.js';
import { loadCastFile } from '../cast/cast-file.js';
import { buildPlan } from '../plan/build.js';
import type { Plan } from '../plan/schema.js';
import { chooseNarrator } from './narrator.js';
import { registryVoices, spellsAcronyms } from './registry-voices.js';
import { startCastProbes } from './cast-probes.js';
import type { ProgressListener } from './progress.js';

export interface PlanBriefingOptions {
  sources: readonly string[];
  language?: string;
  engine?: string;
  voice?: string;
  rate?: number | null;
  title?: string;
  /** Refuse input longer than this many words (default 50,000). */
  maxWords?: number;
  /** Cast file (--cast); default voices/cast.yaml. */
  castFile?: string;
  /** false (--quote-voices off): the narrator reads every quote. */
  quoteVoices?: boolean;
  /** Folder whose .briefcast/voices.json holds each speaker's remembered voice (read only; make writes it after publishing). */
  voiceMemoryDir?: string | null;
  /** Pronunciation lexicon files (--lexicon), applied over voices/lexicon.txt. */
  lexicons?: readonly string[];
  /** Pages already fetched, by source URL (a batch reads each URL once): parsed, not fetched again. */
  prefetched?: Readonly<Record<string, PrefetchedPage>>;
  /** Articles already loaded, by source (a batch digest loads each up front): used as they are. */
  preloaded?: Readonly<Record<string, Article>>;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export const DEFAULT_MAX_WORDS = 50_000;

/** Load every source and decide everything make would, without audio. */
export async function planBriefing(options: PlanBriefingOptions): Promise<{ plan: Plan; articles: Article[] }> {
  if (options.sources.length === 0) throw new UserError('no source given', { hint: 'give an article file or URL' });
  const language = options.language ?? 'en';
  const articles: Article[] = [];
  for (const source of options.sources) {
    options.onProgress?.({ stage: 'ingest', source });
    const preloaded = ownValue(options.preloaded, source);
    const page = ownValue(options.prefetched, source);
    articles.push(preloaded ?? (await loadSource(source, { signal: options.signal, language, fetch: { prefetched: page } })));
  }
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const words = articles.reduce((sum, a) => sum + countWords(a), 0);
  if (words > maxWords) {
    throw new UserError(`the input has ${words} words, more than --max-words ${maxWords}`, {
      hint: 'raise --max-words or give a shorter article',
    });
  }
  const cast = await loadCastFile(options.castFile);
  const narrator = await chooseNarrator({ voice: options.voice, engine: options.engine, language, cast });
  // The building below is all computation: the pool's engine programs run meanwhile.
  if (options.quoteVoices !== false) await startCastProbes(cast, narrator, language);
  const lexicon = await loadLexicon(options.lexicons ?? []);
  const built = buildPlan(articles, { language, narrator, rate: options.rate ?? null, title: options.title, lexicon, spellAcronyms: await spellsAcronyms(narrator) });
  const plan = await castPlan(built, {
    cast,
    quoteVoices: options.quoteVoices,
    outDir: options.voiceMemoryDir ?? null,
    listVoices: registryVoices,
  });
  options.onProgress?.({ stage: 'plan', chapters: plan.chapters.length, segments: plan.chapters.reduce((n, c) => n + c.segments.length, 0) });
  return { plan, articles };
}

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function countWords(article: Article): number {
  const text = [article.title, ...article.blocks.map((b) => b.text)].join(' ');
  return text.split(/\s+/).filter(Boolean).length;
}

// The spoken intro ("Your briefing for Wednesday, November 25: …") and outro, added to a plan as narration chapters.
import type { Chapter, Plan } from './schema.js';
import { toSpoken } from '../text/speakable.js';
import { introPhrases, spokenDate } from './intro-phrases.js';

export interface IntroOptions {
  intro?: boolean;
  outro?: boolean;
  /** The episode's date (its first publication). */
  date: Date;
  /** As for the plan's other narration (default true). */
  spellAcronyms?: boolean;
}

/** The plan with intro/outro chapters, and the indexes of the chapters added (they link to no article). */
export function withIntroOutro(plan: Plan, options: IntroOptions): { plan: Plan; briefingChapters: number[] } {
  if (!options.intro && !options.outro) return { plan, briefingChapters: [] };
  const voice = plan.chapters[0]!.segments[0]!.voice;
  const { language } = plan;
  const day = spokenDate(options.date, language);
  const phrases = introPhrases(language);
  const chapter = (title: string, text: string): Chapter => ({
    title,
    article: 0,
    segments: [{ kind: 'narration', text, spoken: toSpoken(text, { spellAcronyms: options.spellAcronyms, language }), speaker: null, voice, paragraph: 0, sentence: 0 }],
  });
  const chapters = [...plan.chapters];
  const added: number[] = [];
  if (options.intro) {
    chapters.unshift(chapter('Intro', introText(plan.articles.map((a) => a.title), day, language)));
    added.push(0);
  }
  if (options.outro) {
    chapters.push(chapter('Outro', phrases ? phrases.outro(day) : `${day}.`));
    added.push(chapters.length - 1);
  }
  return { plan: { ...plan, chapters }, briefingChapters: added };
}

/** "Your briefing for Wednesday, November 25: A; B; and C." (in the briefing's language; only the date without phrases for it). */
export function introText(headlines: readonly string[], day: string, language = 'en'): string {
  const phrases = introPhrases(language);
  const opening = phrases ? phrases.briefing(day) : day;
  const names = headlines.map((h) => h.trim().replace(/[.;:,]+$/, '')).filter(Boolean);
  if (!names.length) return `${opening}.`;
  const and = phrases ? `${phrases.and} ` : '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join('; ')}; ${and}${names.at(-1)}`;
  return `${opening}: ${list}${/[.!?]$/.test(list) ? '' : '.'}`;
}

// The spoken intro ("Your briefing for Wednesday, November 25: …") and outro, added to a plan as narration chapters.
import type { Chapter, Plan } from './schema.js';
import { toSpoken } from '../text/speakable.js';

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
  const day = spokenDate(options.date);
  const chapter = (title: string, text: string): Chapter => ({
    title,
    article: 0,
    segments: [{ kind: 'narration', text, spoken: toSpoken(text, { spellAcronyms: options.spellAcronyms }), speaker: null, voice, paragraph: 0, sentence: 0 }],
  });
  const chapters = [...plan.chapters];
  const added: number[] = [];
  if (options.intro) {
    chapters.unshift(chapter('Intro', introText(plan.articles.map((a) => a.title), day)));
    added.push(0);
  }
  if (options.outro) {
    chapters.push(chapter('Outro', `That was your briefing for ${day}. Thanks for listening.`));
    added.push(chapters.length - 1);
  }
  return { plan: { ...plan, chapters }, briefingChapters: added };
}

/** "Your briefing for Wednesday, November 25: A; B; and C." */
export function introText(headlines: readonly string[], day: string): string {
  const names = headlines.map((h) => h.trim().replace(/[.;:,]+$/, '')).filter(Boolean);
  if (!names.length) return `Your briefing for ${day}.`;
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join('; ')}; and ${names.at(-1)}`;
  return `Your briefing for ${day}: ${list}${/[.!?]$/.test(list) ? '' : '.'}`;
}

/** "Wednesday, November 25" in the local time zone. */
function spokenDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' }).format(date);
}

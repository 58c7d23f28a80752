// Show notes: a summary, the chapter list with times, the cast of quoted speakers and the source links.
import type { Plan } from '../plan/schema.js';
import { articleUrl, type EpisodeContent } from './episode-content.js';
import { clockTime } from './time-format.js';

export interface ShowNotes {
  /** Plain text, a few sentences. */
  summary: string;
  /** HTML fragment for the feed item's description. */
  html: string;
}

/** Build the show notes of an episode. */
export function showNotes(content: EpisodeContent): ShowNotes {
  const { plan, timings } = content;
  const summary = summarize(plan);
  const parts = [`<p>${escapeHtml(summary)}</p>`, '<h3>Chapters</h3>', '<ul>'];
  for (const chapter of timings.chapters) parts.push(`<li>${clockTime(chapter.startSeconds)} ${escapeHtml(chapter.title)}</li>`);
  parts.push('</ul>');
  const speakers = quotedSpeakers(plan);
  if (speakers.length) {
    parts.push('<h3>Quoted</h3>', '<ul>');
    for (const s of speakers) parts.push(`<li>${escapeHtml(s.speaker)} (voice: ${escapeHtml(s.voice)})</li>`);
    parts.push('</ul>');
  }
  parts.push('<h3>Sources</h3>', '<ul>');
  plan.articles.forEach((article, i) => {
    const url = articleUrl(plan, i);
    const title = escapeHtml(article.title || article.source);
    const by = article.byline ? `, ${escapeHtml(article.byline)}` : '';
    const date = article.date ? ` (${escapeHtml(article.date.slice(0, 10))})` : '';
    parts.push(`<li>${url ? `<a href="${escapeHtml(url)}">${title}</a>` : title}${by}${date}</li>`);
  });
  parts.push('</ul>', '<p>Read aloud by text-to-speech with briefcast.</p>');
  return { summary, html: parts.join('\n') };
}

/** A standalone HTML page of the notes (written next to the audio). */
export function showNotesPage(title: string, notes: ShowNotes): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${notes.html}\n</body></html>\n`;
}

function quotedSpeakers(plan: Plan): Array<{ speaker: string; voice: string }> {
  if (plan.cast.length) return plan.cast.filter((c) => c.quotes > 0).map((c) => ({ speaker: c.speaker, voice: c.voice }));
  const seen = new Map<string, string>();
  for (const chapter of plan.chapters) {
    for (const s of chapter.segments) if (s.kind === 'quote' && s.speaker && !seen.has(s.speaker)) seen.set(s.speaker, s.voice);
  }
  return [...seen].map(([speaker, voice]) => ({ speaker, voice }));
}

// Each article's headline and its first body sentence.
function summarize(plan: Plan): string {
  const lines = plan.articles.map((article, i) => {
    const chapter = plan.chapters.find((c) => c.article === i && c.segments.some((s) => s.paragraph > 0));
    const lede = chapter?.segments.find((s) => s.paragraph > 0 && s.kind === 'narration')?.text.trim();
    const head = article.title.trim().replace(/[.!?:;]*$/, '');
    return lede ? `${head}: ${truncate(lede, 240)}` : `${head}.`;
  });
  return lines.join(' ');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

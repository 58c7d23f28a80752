// An episode's feed description by Apple's rules: only p, ol, ul, li and a, at most 4,000 bytes, the title not repeated.
import { escapeHtml } from './html-escape.js';
import type { EpisodeRecord } from './records.js';
import { positionTime } from './time-format.js';

/** Apple Podcasts' limit for an episode description, in bytes (https://podcasters.apple.com/support/823-podcast-requirements). */
export const DESCRIPTION_MAX_BYTES = 4000;

/** Longest headline or chapter title shown in a description, in characters. */
const TITLE_MAX = 200;

/** The description HTML of an episode; `pageUrl` is its web page (full notes, transcript, player). */
export function itemDescription(record: EpisodeRecord, pageUrl: string): string {
  const page = `<p><a href="${escapeHtml(pageUrl)}">Chapters, transcript and player</a></p>`;
  if (!record.articles) return fit([[`<p>${escapeHtml(record.summary)}</p>`, page], [page]]);
  const summary = record.summary ? `<p>${escapeHtml(record.summary)}</p>` : '';
  const chapters = record.chapters?.length
    ? ['<p>Chapters:</p>', `<ol>${record.chapters.map((c) => `<li>${positionTime(c.start)} ${escapeHtml(short(c.title))}</li>`).join('')}</ol>`].join('')
    : '';
  const quoted = record.quoted?.length ? `<p>Quoted: ${record.quoted.map((q) => escapeHtml(q.name)).join(', ')}.</p>` : '';
  const many = record.articles.length > 1;
  const sources = record.articles.map((a) => {
    // One article: the title already is its headline, so the link names where it was published.
    const title = escapeHtml(!many && a.url && a.title.trim() === record.title.trim() ? new URL(a.url).hostname.replace(/^www\./, '') : short(a.title));
    const by = a.byline ? `, ${escapeHtml(short(a.byline))}` : '';
    return `<li>${a.url ? `<a href="${escapeHtml(a.url)}">${title}</a>` : title}${by}</li>`;
  });
  const sourceBlock = (n: number) => {
    const shown = sources.slice(0, n);
    const rest = sources.length - n;
    const more = rest > 0 ? `<li>${rest} more on <a href="${escapeHtml(pageUrl)}">the episode page</a></li>` : '';
    return `<p>${many ? 'Stories' : 'Source'}:</p><ul>${shown.join('')}${more}</ul>`;
  };
  const credit = '<p>Read aloud by text-to-speech with briefcast.</p>';
  // From the fullest to the barest: the first that fits is used; the page always has everything.
  const candidates: string[][] = [];
  for (const parts of [
    [summary, chapters, quoted],
    [summary, quoted],
    [summary],
  ]) {
    candidates.push([...parts, sourceBlock(sources.length), page, credit]);
  }
  for (let n = sources.length - 1; n >= 0; n--) candidates.push([summary, sourceBlock(n), page]);
  candidates.push([page]);
  return fit(candidates);
}

/** The first candidate (joined) within the byte limit; the last one (the page link alone) always does. */
function fit(candidates: string[][]): string {
  const joined = candidates.map((parts) => parts.filter(Boolean).join('\n'));
  return joined.find((html) => Buffer.byteLength(html, 'utf8') <= DESCRIPTION_MAX_BYTES) ?? joined.at(-1)!;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= TITLE_MAX ? t : `${t.slice(0, TITLE_MAX - 1)}…`;
}

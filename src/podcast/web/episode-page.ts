// An episode's page: the player, clickable chapters, the transcript (cues clickable, the current one followed), who is quoted, the sources.
import type { PodcastConfig } from '../config.js';
import { escapeHtml } from '../html-escape.js';
import type { EpisodeRecord } from '../records.js';
import { positionTime } from '../time-format.js';
import type { Cue } from '../transcript.js';
import { dateLabel, durationLabel } from './format.js';
import { fileHref, seconds } from './links.js';
import { pageShell } from './page-shell.js';

/** What an episode page shows. */
export interface EpisodePageInput {
  config: PodcastConfig;
  record: EpisodeRecord;
  /** The transcript cues, or null when the build's timings are gone (the page then has no transcript). */
  cues: readonly Cue[] | null;
  /** The artwork file in the folder (the episode's, else the channel's), or null. */
  image: string | null;
}

/** The HTML page of one episode. */
export function episodePage(input: EpisodePageInput): string {
  const { config, record } = input;
  const lang = record.language ?? config.language ?? 'en';
  const audio = fileHref(record.files.audio);
  const chapters = record.chapters ?? [];
  const meta = [
    `<time datetime="${escapeHtml(record.pubDate)}">${escapeHtml(dateLabel(record.pubDate, lang))}</time>`,
    durationLabel(record.durationSeconds),
    ...(chapters.length ? [`${chapters.length} chapters`] : []),
  ].join(' · ');
  const cover = input.image ? `<img class="thumb" src="${fileHref(input.image)}" alt="" width="44" height="44">` : '';
  const body = `<header class="topbar"><a class="home" href="index.html">${cover}<span>${escapeHtml(config.title)}</span></a></header>
<main class="wrap episode">
<div class="intro">
<h1>${escapeHtml(record.title)}</h1>
<p class="meta">${meta}</p>
${record.summary ? `<p class="summary">${escapeHtml(record.summary)}</p>` : ''}
</div>
<div class="player">
<audio id="player" controls preload="metadata" src="${audio}"></audio>
</div>
<div class="columns">
<div class="side chapters-area">
${chapters.length ? chapterSection(chapters, audio) : ''}
</div>
${input.cues?.length ? transcriptSection(input.cues, chapters) : ''}
<div class="side extras-area">
${quotedSection(record)}
${sourcesSection(record)}
<p class="downloads"><a href="${audio}" download>Download the audio</a> · <a href="${fileHref(record.files.transcript)}">Transcript (WebVTT)</a> · <a href="${fileHref(record.files.chapters)}">Chapters (JSON)</a></p>
</div>
</div>
</main>
<footer class="site-footer wrap"><p>Read aloud by text-to-speech with briefcast. <a href="index.html">All episodes</a> · <a href="feed.xml">RSS feed</a></p></footer>`;
  return pageShell({ lang, title: `${record.title} · ${config.title}`, description: record.summary || undefined, body, bodyClass: 'episode-page' });
}

function chapterSection(chapters: NonNullable<EpisodeRecord['chapters']>, audio: string): string {
  const items = chapters.map(
    (c, i) =>
      `<li><a class="chapter" href="${audio}#t=${seconds(c.start)}" data-start="${seconds(c.start)}" data-index="${i}"><span class="time">${positionTime(c.start)}</span><span class="title">${escapeHtml(c.title)}</span></a></li>`,
  );
  return `<section aria-labelledby="chapters-heading">
<h2 id="chapters-heading">Chapters</h2>
<ol class="chapters">
${items.join('\n')}
</ol>
</section>`;
}

function quotedSection(record: EpisodeRecord): string {
  if (!record.quoted?.length) return '';
  const items = record.quoted.map((q) => `<li><span class="who">${escapeHtml(q.name)}</span> <span class="count">${q.quotes} quote${q.quotes === 1 ? '' : 's'}</span></li>`);
  return `<section aria-labelledby="quoted-heading">
<h2 id="quoted-heading">Quoted</h2>
<ul class="quoted">
${items.join('\n')}
</ul>
</section>`;
}

function sourcesSection(record: EpisodeRecord): string {
  if (!record.articles?.length) return '';
  const items = record.articles.map((a) => {
    const title = escapeHtml(a.title);
    const link = a.url ? `<a href="${escapeHtml(a.url)}" rel="noopener noreferrer">${title}</a>` : title;
    const by = a.byline ? `<span class="by">${escapeHtml(a.byline)}</span>` : '';
    const host = a.url ? `<span class="host">${escapeHtml(new URL(a.url).hostname.replace(/^www\./, ''))}</span>` : '';
    const date = a.date && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? `<span class="date">${escapeHtml(a.date.slice(0, 10))}</span>` : '';
    const details = [by, host, date].filter(Boolean).join(' · ');
    return `<li>${link}${details ? `<br><small>${details}</small>` : ''}</li>`;
  });
  return `<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources</h2>
<ul class="sources">
${items.join('\n')}
</ul>
</section>`;
}

// Cues grouped by chapter (a heading each) and paragraph (a <p> each); quotes marked with their speaker.
function transcriptSection(cues: readonly Cue[], chapters: NonNullable<EpisodeRecord['chapters']>): string {
  const parts: string[] = [];
  let chapter = -1;
  let paragraph = -1;
  let open = false;
  for (const cue of cues) {
    if (cue.chapter !== chapter || cue.paragraph !== paragraph) {
      if (open) parts.push('</p>');
      if (cue.chapter !== chapter && chapters[cue.chapter]) parts.push(`<h3>${escapeHtml(chapters[cue.chapter]!.title)}</h3>`);
      parts.push('<p>');
      open = true;
      chapter = cue.chapter;
      paragraph = cue.paragraph;
    }
    const who = cue.speaker ? ` data-speaker="${escapeHtml(cue.speaker)}" title="${escapeHtml(cue.speaker)}"` : '';
    parts.push(`<a class="cue${cue.speaker ? ' quote' : ''}" href="#t=${seconds(cue.start)}" data-start="${seconds(cue.start)}" data-end="${seconds(cue.end)}"${who}>${escapeHtml(cue.text)}</a>`);
  }
  if (open) parts.push('</p>');
  return `<section class="transcript-section transcript-area" aria-labelledby="transcript-heading">
<h2 id="transcript-heading">Transcript</h2>
<div class="transcript" id="transcript" tabindex="-1">
${parts.join('\n')}
</div>
</section>`;
}

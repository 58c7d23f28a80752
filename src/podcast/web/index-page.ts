// index.html: the podcast's title and cover, how to subscribe (copy button, QR code), the episodes newest first.
import { channelAuthor, type PodcastConfig } from '../config.js';
import { escapeHtml } from '../html-escape.js';
import { byNewest, type EpisodeRecord } from '../records.js';
import { dateLabel, durationLabel } from './format.js';
import { pageShell } from './page-shell.js';
import { fileHref } from './links.js';

/** What the index page shows. */
export interface IndexPageInput {
  config: PodcastConfig;
  episodes: readonly EpisodeRecord[];
  /** The absolute feed URL, or null when the folder has no base URL (the script then completes the relative one). */
  feedUrl: string | null;
  /** Inline SVG QR code of feedUrl. */
  qr: string | null;
  /** The channel image's file name in the folder, or null (a remote image is not shown: the page requests nothing outside). */
  image: string | null;
}

/** The index page of a podcast folder. */
export function indexPage(input: IndexPageInput): string {
  const { config } = input;
  const lang = config.language ?? input.episodes[0]?.language ?? 'en';
  const episodes = [...input.episodes].sort(byNewest);
  const cover = input.image ? `<img class="cover" src="${fileHref(input.image)}" alt="" width="176" height="176">` : '';
  const feed = input.feedUrl ?? 'feed.xml';
  const qr = input.qr
    ? `<figure class="qr">${input.qr}<figcaption>Scan with your phone’s camera</figcaption></figure>`
    : '';
  const list = episodes.length
    ? `<ol class="episodes">\n${episodes.map((e) => episodeItem(e, lang)).join('\n')}\n</ol>`
    : '<p class="empty">No episodes yet.</p>';
  const body = `<header class="hero">
<div class="hero-inner">
${cover}
<div class="hero-text">
<p class="kicker">Podcast</p>
<h1>${escapeHtml(config.title)}</h1>
<p class="tagline">${escapeHtml(config.description)}</p>
<p class="byline">${escapeHtml(channelAuthor(config))} · ${episodes.length} episode${episodes.length === 1 ? '' : 's'}</p>
</div>
</div>
</header>
<main class="wrap">
<section class="subscribe" aria-labelledby="subscribe-heading">
<div class="subscribe-text">
<h2 id="subscribe-heading">Subscribe</h2>
<p>Add this address to your podcast app: in Apple Podcasts, <em>Library → Follow a Show by URL</em>; in AntennaPod, <em>Add podcast by RSS address</em>.</p>
<div class="copy-row">
<input id="feed-url" class="feed-url" type="text" readonly value="${escapeHtml(feed)}" aria-label="Feed address"${input.feedUrl ? '' : ' data-relative'}>
<button type="button" class="button" data-copy="feed-url">Copy</button>
</div>
<p class="copy-status" role="status" aria-live="polite"></p>
</div>
${qr}
</section>
<section class="listing" aria-labelledby="episodes-heading">
<h2 id="episodes-heading">Episodes</h2>
${list}
</section>
</main>
<footer class="site-footer wrap"><p>Articles read aloud by text-to-speech with briefcast. <a href="feed.xml">RSS feed</a></p></footer>`;
  return pageShell({ lang, title: config.title, description: config.description, body, bodyClass: 'index' });
}

function episodeItem(e: EpisodeRecord, lang: string): string {
  const chapters = e.chapters?.length ? ` · ${e.chapters.length} chapters` : '';
  return `<li class="episode-card">
<h3><a href="${fileHref(e.files.notes)}">${escapeHtml(e.title)}</a></h3>
<p class="meta"><time datetime="${escapeHtml(e.pubDate)}">${escapeHtml(dateLabel(e.pubDate, lang))}</time> · ${durationLabel(e.durationSeconds)}${chapters}</p>
${e.summary ? `<p class="summary">${escapeHtml(e.summary)}</p>` : ''}
</li>`;
}

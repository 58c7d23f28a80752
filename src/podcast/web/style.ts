// The pages' stylesheet (written to assets/briefcast.css): system fonts only, readable at 390 px and on a desktop.

/** The CSS of the index and episode pages. */
export const SITE_CSS = `:root {
  --ink: #1b2231;
  --muted: #5b6476;
  --paper: #f7f5f0;
  --card: #ffffff;
  --line: #e4e0d6;
  --night: #141c2f;
  --night-2: #1f2a44;
  --accent: #f5a623;
  --accent-ink: #8a5300;
  --accent-soft: #fff0d4;
  --radius: 14px;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, "DejaVu Serif", serif;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 var(--sans); }
a { color: #1d4ed8; text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, input:focus-visible, .transcript:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
h1, h2, h3 { line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; letter-spacing: .01em; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 20px; }
small { color: var(--muted); }

/* index */
.hero { background: radial-gradient(120% 140% at 0% 0%, var(--night-2), var(--night)); color: #f2f4f8; }
.hero-inner { max-width: 1120px; margin: 0 auto; padding: 40px 20px 44px; display: flex; gap: 28px; align-items: center; }
.cover { width: 176px; height: 176px; border-radius: 18px; box-shadow: 0 12px 30px rgba(0,0,0,.35); flex: none; object-fit: cover; background: var(--night-2); }
.kicker { text-transform: uppercase; letter-spacing: .14em; font-size: .75rem; color: var(--accent); margin: 0 0 .4rem; font-weight: 700; }
.hero h1 { font-size: clamp(1.8rem, 4vw, 2.8rem); margin-bottom: .5rem; }
.tagline { font-size: 1.1rem; margin: 0 0 .6rem; color: #d7dbe6; max-width: 48ch; }
.byline { margin: 0; color: #aab2c5; font-size: .95rem; }
.subscribe { margin: -22px 0 28px; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 22px; display: flex; gap: 24px; align-items: center; justify-content: space-between; box-shadow: 0 6px 18px rgba(20,28,47,.08); position: relative; }
.subscribe-text { flex: 1; min-width: 0; }
.subscribe p { margin: 0 0 .75rem; color: var(--muted); }
.copy-row { display: flex; gap: 8px; }
.feed-url { flex: 1; min-width: 0; font: 15px/1.2 ui-monospace, "DejaVu Sans Mono", monospace; padding: 11px 12px; border: 1px solid #cfcabd; border-radius: 10px; background: #fbfaf7; color: var(--ink); }
.button { font: 600 15px/1 var(--sans); padding: 11px 18px; border-radius: 10px; border: 0; background: var(--night); color: #fff; cursor: pointer; }
.button:hover { background: var(--night-2); }
.copy-status { min-height: 1.4em; font-size: .9rem; margin: .5rem 0 0 !important; }
.qr { margin: 0; text-align: center; flex: none; }
.qr-code { width: 148px; height: 148px; display: block; border-radius: 8px; border: 1px solid var(--line); }
.qr figcaption { font-size: .8rem; color: var(--muted); margin-top: 6px; }
.listing { margin-bottom: 40px; }
.episodes { list-style: none; margin: 0; padding: 0; display: grid; gap: 14px; }
.episode-card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: var(--radius); padding: 16px 18px; }
.episode-card h3 { font-size: 1.15rem; margin-bottom: .25rem; }
.episode-card h3 a { color: var(--ink); text-decoration: none; }
.episode-card h3 a:hover { text-decoration: underline; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 .35rem; }
.summary { margin: 0; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.empty { color: var(--muted); }
.site-footer { color: var(--muted); font-size: .9rem; padding-bottom: 32px; }

/* episode */
.topbar { background: var(--night); }
.home { display: flex; align-items: center; gap: 12px; max-width: 1120px; margin: 0 auto; padding: 10px 20px; color: #f2f4f8; text-decoration: none; font-weight: 600; }
.home:hover span { text-decoration: underline; }
.thumb { width: 44px; height: 44px; border-radius: 8px; }
.episode .intro { padding: 26px 0 6px; }
.episode h1 { font-size: clamp(1.6rem, 3.4vw, 2.4rem); }
.episode .summary { -webkit-line-clamp: unset; display: block; font-size: 1.05rem; max-width: 70ch; }
.player { position: sticky; top: 0; z-index: 2; background: var(--paper); padding: 10px 0; border-bottom: 1px solid var(--line); margin-bottom: 18px; }
.player audio { width: 100%; display: block; }
.columns { display: grid; grid-template-columns: minmax(0, 340px) minmax(0, 1fr); grid-template-rows: auto 1fr; grid-template-areas: "chapters transcript" "extras transcript"; column-gap: 28px; align-items: start; }
.chapters-area { grid-area: chapters; }
.extras-area { grid-area: extras; }
.transcript-area { grid-area: transcript; position: sticky; top: 92px; }
.side section { margin-bottom: 24px; }
.chapters { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: var(--radius); background: var(--card); overflow: hidden; }
.chapters li + li { border-top: 1px solid var(--line); }
.chapter { display: flex; gap: 12px; padding: 11px 14px; color: var(--ink); text-decoration: none; align-items: baseline; }
.chapter:hover { background: #f3f1ea; }
.chapter .time { font: 600 .85rem/1 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); min-width: 3.2em; }
.chapter.current { background: var(--accent-soft); box-shadow: inset 4px 0 0 var(--accent); font-weight: 600; }
.chapter.current .time { color: var(--accent-ink); }
.quoted, .sources { margin: 0; padding-left: 1.1rem; }
.quoted li, .sources li { margin-bottom: .4rem; }
.who { font-weight: 600; }
.count { color: var(--muted); font-size: .85rem; }
.downloads { font-size: .9rem; color: var(--muted); }
.transcript-section { min-width: 0; }
.transcript { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 6px 22px 10px; max-height: calc(100vh - 140px); overflow-y: auto; font: 1.08rem/1.7 var(--serif); position: relative; scroll-behavior: auto; }
.transcript h3 { font: 700 .8rem/1.2 var(--sans); text-transform: uppercase; letter-spacing: .1em; color: var(--accent-ink); margin: 20px 0 6px; }
.transcript p { margin: 0 0 .9rem; }
.cue { color: inherit; text-decoration: none; border-radius: 4px; padding: 1px 0; transition: background-color .15s; }
.cue:hover { background: #f1efe8; }
.cue.quote { color: #23427a; }
.cue.current { background: var(--accent-soft); box-shadow: 0 0 0 2px var(--accent-soft); color: #111; }
.cue.quote.current { color: #16305e; }

@media (max-width: 760px) {
  .wrap { padding: 0 16px; }
  .hero-inner { padding: 26px 16px 40px; gap: 18px; align-items: flex-start; }
  .cover { width: 96px; height: 96px; border-radius: 12px; }
  .tagline { font-size: 1rem; }
  .subscribe { flex-direction: column; align-items: stretch; padding: 18px; }
  .qr { align-self: center; }
  .columns { grid-template-columns: minmax(0, 1fr); grid-template-rows: none; grid-template-areas: "chapters" "transcript" "extras"; row-gap: 8px; }
  .transcript-area { position: static; margin-bottom: 24px; }
  .transcript { max-height: 70vh; padding: 4px 16px 8px; font-size: 1.02rem; }
  .episode .intro { padding-top: 18px; }
}
@media (prefers-reduced-motion: reduce) { .cue { transition: none; } }
`;

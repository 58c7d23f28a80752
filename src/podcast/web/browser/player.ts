// The pages' only script (compiled by `npm run build` to assets/briefcast.js): copy the feed address, and on an
// episode page jump the player to a chapter or cue and follow the current chapter and cue while it plays.

/** Copy buttons: [data-copy] names the input whose value is copied. */
function setUpCopy(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-relative]')) {
    // Without a base URL the page knows the feed only relative to itself.
    input.value = new URL(input.value, window.location.href).href;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const input = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | null;
    const status = button.closest('section')?.querySelector<HTMLElement>('.copy-status') ?? null;
    if (!input) continue;
    input.addEventListener('focus', () => input.select());
    button.addEventListener('click', () => {
      void copyText(input).then((ok) => {
        if (status) status.textContent = ok ? 'Copied. Paste it into your podcast app.' : 'Select the address and copy it.';
      });
    });
  }
}

async function copyText(input: HTMLInputElement): Promise<boolean> {
  try {
    // Only in a secure context (https or localhost); a LAN address over http falls back to the selection.
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(input.value);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  input.focus();
  input.select();
  return document.execCommand('copy');
}

interface Timed {
  element: HTMLElement;
  start: number;
  end: number;
}

/** The last item that started at or before `t` (items sorted by start), or -1. */
function indexAt(items: readonly Timed[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= t + 0.001) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function timed(selector: string): Timed[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((element) => ({
    element,
    start: Number(element.dataset.start),
    end: Number(element.dataset.end ?? Number.POSITIVE_INFINITY),
  }));
}

function setUpPlayer(): void {
  const audio = document.querySelector<HTMLAudioElement>('audio#player');
  if (!audio) return;
  const chapters = timed('a.chapter[data-start]');
  const cues = timed('a.cue[data-start]');
  const box = document.getElementById('transcript');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  let chapterIndex = -1;
  let cueIndex = -1;
  let userScrolledAt = 0;

  const mark = (items: Timed[], previous: number, next: number): void => {
    if (previous === next) return;
    const old = items[previous];
    if (old) {
      old.element.classList.remove('current');
      old.element.removeAttribute('aria-current');
    }
    const now = items[next];
    if (now) {
      now.element.classList.add('current');
      now.element.setAttribute('aria-current', 'true');
    }
  };

  const follow = (cue: HTMLElement, force: boolean): void => {
    if (!box) return;
    // A reader scrolling the transcript by hand is left alone for a few seconds.
    if (!force && Date.now() - userScrolledAt < 4000) return;
    const top = cue.offsetTop - box.offsetTop;
    const bottom = top + cue.offsetHeight;
    if (top >= box.scrollTop + 8 && bottom <= box.scrollTop + box.clientHeight - 8) return;
    box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: reduceMotion ? 'auto' : 'smooth' });
  };

  const update = (force = false): void => {
    const t = audio.currentTime;
    const nextChapter = indexAt(chapters, t);
    mark(chapters, chapterIndex, nextChapter);
    chapterIndex = nextChapter;
    const nextCue = indexAt(cues, t);
    const changed = nextCue !== cueIndex;
    mark(cues, cueIndex, nextCue);
    cueIndex = nextCue;
    const cue = cues[cueIndex];
    if (cue && (changed || force)) follow(cue.element, force);
  };

  const seek = (start: number): void => {
    if (!Number.isFinite(start)) return;
    audio.currentTime = start;
    update(true);
  };

  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('a.chapter[data-start], a.cue[data-start]');
    if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    seek(Number(target.dataset.start));
  });
  for (const type of ['timeupdate', 'seeked', 'loadedmetadata', 'play', 'pause']) audio.addEventListener(type, () => update(type !== 'timeupdate'));
  if (box) for (const type of ['wheel', 'touchmove']) box.addEventListener(type, () => (userScrolledAt = Date.now()), { passive: true });
  // A link to "#t=83.5" opens the page at that moment.
  const fromHash = /^#t=(\d+(?:\.\d+)?)$/.exec(window.location.hash);
  if (fromHash) seek(Number(fromHash[1]));
  update();
}

setUpCopy();
setUpPlayer();

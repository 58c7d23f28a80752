// Markdown: headings are structure, the first level-1 heading is the headline; inline markup is dropped.
import { emptyDraft, type Draft } from './draft.js';

/** Draft from Markdown text. */
export function markdownDraft(raw: string): Draft {
  const draft = emptyDraft(false);
  const text = raw.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, (front) => {
    // YAML front matter may state title, author and date.
    draft.title = field(front, 'title');
    draft.byline = field(front, 'author');
    draft.date = field(front, 'date');
    return '';
  });
  let inFence = false;
  let lines: string[] = [];
  const flush = () => {
    const para = inline(lines.join(' '));
    if (para) draft.blocks.push({ kind: 'paragraph', text: para });
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const underline = /^\s{0,3}(=+|-+)\s*$/.exec(line);
    if (heading) {
      flush();
      pushHeading(draft, heading[1]!.length, inline(heading[2]!));
    } else if (underline && lines.length === 1) {
      const title = inline(lines[0]!);
      lines = [];
      pushHeading(draft, underline[1]!.startsWith('=') ? 1 : 2, title);
    } else if (!line.trim() || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      flush();
      lines.push(line.replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
    } else {
      lines.push(line.replace(/^\s*>\s?/, ''));
    }
  }
  flush();
  return draft;
}

function pushHeading(draft: Draft, level: number, text: string): void {
  if (!text) return;
  if (level === 1 && draft.title === null && !draft.blocks.length) draft.title = text;
  else draft.blocks.push({ kind: 'heading', level, text });
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function field(front: string, name: string): string | null {
  const m = new RegExp(`^${name}:\\s*["']?(.*?)["']?\\s*$`, 'm').exec(front);
  return m?.[1] ? m[1] : null;
}

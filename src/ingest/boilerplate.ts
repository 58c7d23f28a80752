// General rules that tell web-page junk from article text: position, length, repetition, link-like phrases, punctuation.

/** Web interface phrases that are never article text when they make up a short paragraph on their own. */
const UI_PHRASE = new RegExp(
  '^(?:advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|paid content|source(?: link)?|must read|read more|read next|' +
    'also read|see also|related(?: articles| stories| coverage| content| news)?|recommended(?: for you)?|trending(?: now)?|top stories|' +
    'most (?:read|popular|viewed)|(?:more|latest) (?:from|on|in|stories|news)\\b.*|share(?: this| the)?(?: article| story| page| post)?' +
    '(?: on \\w+)?|share via \\w+|tweet|email|e-mail|print|copy link|comments?(?: \\(\\d+\\))?|show comments|leave a comment|' +
    'subscribe(?: now| today)?|sign (?:up|in)|log ?in|register|download (?:the|our) app|follow us(?: on \\w+)?|listen(?: to (?:this )?article)?|' +
    'watch(?: now| live)?|skip to (?:main )?content|back to top|close|menu|search|home|loading\\.*|' +
    '(?:accept|reject|manage) (?:all )?cookies|\\d+ min(?:ute)?s? read|reading time.*|advertisement - scroll to continue)$',
  'i',
);

/** Calls to action and credits, even with punctuation. */
const CALL_TO_ACTION = [
  /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|briefing|inbox|updates|alerts|digest)\b/i,
  /\b(?:newsletter|inbox)\b.{0,60}\b(?:sign up|subscribe|delivered)\b/i,
  /^(?:read more|related|more|also read|see also|read next|must read|watch|listen|recommended|opinion|explainer|live)\s*[:|»›>-]\s/i,
  /^(?:tags|topics|filed under|categories|more about)\s*:/i,
  /\bclick here\b|\bfollow us on\b|\bdownload (?:the|our) app\b|\bturn on notifications\b/i,
  /\bwe use cookies\b|\bcookie (?:policy|settings)\b|\bprivacy policy\b|\bterms of (?:use|service)\b/i,
  /©|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}\b/i,
  /^(?:photo|image|picture|video|caption|credit|illustration)s?\s*(?:credit)?\s*:/i,
  /\((?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)(?: Photo)?[^)]*\)\.?$/,
  /\b(?:getty images|shutterstock|ap photo|afp via getty)\b/i,
  /\bthis (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,40}$|^(?:updated|published|posted|last updated)\b.{0,60}$/i,
];

/** Ends like a sentence: punctuation, maybe followed by closing quotes or brackets. */
export function hasSentenceEnd(text: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(text.trim());
}

/** Word count. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A short paragraph that is web interface, a call to action, a credit or a copyright line. */
export function isUiJunk(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  if (words === 0) return true;
  if (words <= 8 && UI_PHRASE.test(t.replace(/[\s.:!|»›>→-]+$/, '').trim())) return true;
  if (words <= 40 && CALL_TO_ACTION.some((re) => re.test(t))) return true;
  return isLinkLike(t);
}

/** A bare URL, handle or list of menu items. */
export function isLinkLike(text: string): boolean {
  const t = text.trim();
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(t) || /^@\w+$/.test(t)) return true;
  const parts = t.split(/\s*[|•·»›>\/]\s*/).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 3) && !hasSentenceEnd(t);
}

/** Breadcrumbs glued to a headline: "HomePoliticsKyiv and Moscow…" → "Kyiv and Moscow…"; "Home > World > X" → "X". */
export function unglueBreadcrumbs(text: string): string {
  const glued = /^((?:\p{Lu}[\p{Ll}&]+){2,})(\p{Lu}[\p{Ll}\p{Lu}'’-]*\s)/u.exec(text);
  if (glued) {
    const prefix = glued[1]!;
    // Keep names such as "McDonald" or "DeSantis": a breadcrumb run has at least two words of 3+ letters.
    const runs = prefix.match(/\p{Lu}[\p{Ll}&]+/gu) ?? [];
    if (runs.length >= 2 && runs.every((r) => r.length >= 3)) return text.slice(prefix.length);
  }
  const parts = text.split(/\s+[>›»\/|]\s+/);
  if (parts.length >= 3 && parts.slice(0, -1).every((p) => wordCount(p) <= 3)) return parts[parts.length - 1]!;
  return text;
}

/** Key for comparing paragraphs and headlines regardless of case, punctuation and spacing. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A byline line at the top: "By Jane Roe", "By Jane Roe and John Doe, Reuters". */
export function asByline(text: string): string | null {
  const m = /^(?:by|By|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von))*(?:\s*[,|]\s*[\p{L} ]+)?)$/u.exec(text.trim());
  return m && wordCount(text) <= 14 ? m[1]!.replace(/\s*[,|]\s*$/, '').trim() : null;
}

/** A dateline at the top: "Published 28 February 2022", "Updated: Mar 1, 2022 10:02 AM ET". */
export function asDate(text: string): string | null {
  const t = text.trim();
  if (wordCount(t) > 12 || hasSentenceEnd(t.replace(/\b(?:a|p)\.m\.$/i, 'pm'))) return null;
  const months = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b/i;
  if (!months.test(t) || !/\b(?:19|20)\d\d\b/.test(t)) return null;
  const stripped = t.replace(/^(?:published|updated|posted|last updated|first published)\s*(?:on|at)?\s*:?\s*/i, '');
  const date = new Date(stripped.replace(/\s+(?:[AP]M|ET|EST|EDT|GMT|UTC|BST|CET)\b.*$/i, '').replace(/\s+\d{1,2}[:.]\d{2}.*$/, ''));
  return Number.isNaN(date.getTime()) ? stripped : date.toISOString().slice(0, 10);
}

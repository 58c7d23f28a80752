// List files: one source per line (a path, folder or URL), with '#' comments and blank lines.
import path from 'node:path';

/** A source named on one line of a list file. */
export interface ListEntry {
  line: number;
  value: string;
}

const LIST_EXT = new Set(['.list', '.lst', '.urls', '.sources']);

/** The entries of a list file: blank lines and '#' comments (whole-line or after a space) skipped. */
export function parseList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '').trim();
    if (value) entries.push({ line: i + 1, value });
  });
  return entries;
}

/** Could this file be a list of sources, by its name alone (.list/.lst/.urls/.sources, .txt or no extension)? */
export function mayBeList(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return LIST_EXT.has(ext) || ext === '.txt' || ext === '';
}

/**
 * Is this file a list of sources rather than an article? Yes for .list/.lst/.urls/.sources; a .txt
 * file only when every non-comment line is a single word (a path or URL): article lines have spaces.
 */
export function isListFile(file: string, text: string): boolean {
  if (!mayBeList(file)) return false;
  if (LIST_EXT.has(path.extname(file).toLowerCase())) return true;
  const entries = parseList(text);
  return entries.length > 0 && entries.every((e) => !/\s/.test(e.value)) && entries.some((e) => /[/.:]/.test(e.value));
}


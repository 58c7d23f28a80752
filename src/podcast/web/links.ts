// Relative links between the folder's own files, so the pages work from serve and from any static host.
import { escapeHtml } from '../html-escape.js';

/** A file of the folder as an escaped, percent-encoded relative href. */
export function fileHref(name: string): string {
  return escapeHtml(name.split('/').map(encodeURIComponent).join('/'));
}

/** A seconds value as a data attribute and media-fragment number (millisecond precision). */
export function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

// The frame every page shares: language, viewport, a strict CSP, the stylesheet and the script (both files, never inline).
import { escapeHtml } from '../html-escape.js';

/** Where the pages' static assets live in the folder. */
export const ASSET_PATHS = { style: 'assets/briefcast.css', script: 'assets/briefcast.js' } as const;

/**
 * The pages' Content-Security-Policy: nothing from elsewhere, no inline script or style. serve sends it as a header;
 * the meta copy protects the same pages on any static host (frame-ancestors only works as a header).
 */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** A whole HTML document around `body`. */
export function pageShell(o: { lang: string; title: string; description?: string; body: string; bodyClass: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(o.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(o.title)}</title>
${o.description ? `<meta name="description" content="${escapeHtml(o.description)}">\n` : ''}<link rel="stylesheet" href="${ASSET_PATHS.style}">
<script src="${ASSET_PATHS.script}" defer></script>
</head>
<body class="${o.bodyClass}">
${o.body}
</body>
</html>
`;
}

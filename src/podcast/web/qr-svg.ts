// The subscribe URL as a QR code: inline SVG made at build time (no script, no request).
import QRCode from 'qrcode';
import { escapeHtml } from '../html-escape.js';

/** An inline <svg> QR code of `text`, labelled for screen readers. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#111827', light: '#ffffff' } });
  return svg.trim().replace(/^<svg /, `<svg class="qr-code" role="img" aria-label="QR code of ${escapeHtml(text)}" `);
}

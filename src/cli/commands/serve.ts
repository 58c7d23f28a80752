// `briefcast serve`: flags → startServer → the feed URLs (with QR codes on a LAN) until interrupted.
import qrcode from 'qrcode-terminal';
import { checkBaseUrl } from '../../podcast/base-url.js';
import { isWildcard, lanAddresses } from '../../podcast/lan.js';
import { startServer } from '../../podcast/server.js';
import type { CliContext } from '../context.js';

/** Run serve with commander's parsed options; resolves when the signal aborts. */
export async function serveCommand(dir: string, opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const baseUrl = opts.baseUrl as string | undefined;
  if (baseUrl) checkBaseUrl(baseUrl);
  const host = opts.host as string;
  const server = await startServer({ dir, port: opts.port as number, host, baseUrl });
  const out = process.stdout;
  if (isWildcard(host)) {
    const addresses = lanAddresses();
    out.write(`serving ${dir} on every interface, port ${server.port}\n`);
    for (const address of addresses) {
      const url = `http://${address}:${server.port}/feed.xml`;
      out.write(`feed: ${url}\n`);
      if (out.isTTY) qrcode.generate(url, { small: true }, (code) => out.write(`${code}\n`));
    }
    if (!addresses.length) out.write(`feed: http://127.0.0.1:${server.port}/feed.xml (no LAN address found)\n`);
  } else {
    out.write(`feed: ${server.feedUrl}\n`);
  }
  if (baseUrl) out.write(`feed URLs use --base-url ${baseUrl}\n`);
  process.stderr.write('press Ctrl-C to stop\n');
  await new Promise<void>((resolve) => {
    if (context.signal.aborted) return resolve();
    context.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
}

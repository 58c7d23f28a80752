// Draws library progress events on stderr: a rewritten line on a terminal, plain lines elsewhere.
import type { ProgressEvent } from '../briefing/progress.js';

/** A progress listener for one make run; call the returned function's `end()` when done. */
export function progressPrinter(options: { quiet: boolean; stream?: NodeJS.WriteStream }) {
  const stream = options.stream ?? process.stderr;
  const tty = Boolean(stream.isTTY);
  let lastLine = '';
  // The encode starts while synthesis still runs: the line shows synthesis until it ends, and "encoding" is logged once.
  let synthesizing = false;
  let encodeLogged = false;
  const write = (line: string, transient: boolean) => {
    if (options.quiet) return;
    if (tty) {
      stream.write(`\r\x1b[K${line}${transient ? '' : '\n'}`);
    } else if (!transient && line !== lastLine) {
      stream.write(`${line}\n`);
    }
    lastLine = line;
  };
  const listener = (event: ProgressEvent) => {
    switch (event.stage) {
      case 'ingest':
        write(`reading ${event.source}`, false);
        break;
      case 'plan':
        write(`planned ${event.chapters} chapters, ${event.segments} segments`, false);
        break;
      case 'synthesize':
        synthesizing = event.done < event.total;
        if (tty) write(`synthesizing ${event.done}/${event.total}`, event.done < event.total);
        else if (event.done === event.total) write(`synthesized ${event.total} units`, false);
        break;
      case 'encode': {
        const pct = event.totalSeconds ? Math.min(100, Math.round((event.seconds / event.totalSeconds) * 100)) : 0;
        if (tty && !synthesizing) write(`encoding ${pct}%`, true);
        else if (!tty && !encodeLogged) write('encoding', false);
        encodeLogged = true;
        break;
      }
    }
  };
  return Object.assign(listener, {
    end() {
      if (tty && !options.quiet) stream.write('\r\x1b[K');
    },
  });
}

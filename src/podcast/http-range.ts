// The Range header: byte ranges (players ask for one; some clients several), or none, or unsatisfiable.

/** One byte range, end inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/** What a Range header asks of a file. */
export type RangeResult = { kind: 'none' } | { kind: 'ranges'; ranges: ByteRange[] } | { kind: 'unsatisfiable' };

/** More ranges than this in one request are answered with the whole file (RFC 9110 §14.2 lets a server ignore them). */
const MAX_RANGES = 32;

/**
 * Parse a Range header against a file size. Overlapping and adjacent ranges are merged (in file order);
 * an invalid header is ignored (the whole file is sent), ranges past the end are dropped.
 */
export function parseRanges(header: string | undefined, size: number): RangeResult {
  if (!header) return { kind: 'none' };
  const m = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!m) return { kind: 'none' };
  const specs = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  if (!specs.length || specs.length > MAX_RANGES) return { kind: 'none' };
  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const r = /^(\d*)\s*-\s*(\d*)$/.exec(spec);
    if (!r || (r[1] === '' && r[2] === '')) return { kind: 'none' };
    const [, a, b] = r;
    if (a === '') {
      const suffix = Number(b);
      if (suffix > 0 && size > 0) ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
      continue;
    }
    const start = Number(a);
    if (b !== '' && Number(b) < start) return { kind: 'none' };
    if (start >= size) continue;
    ranges.push({ start, end: b === '' ? size - 1 : Math.min(Number(b), size - 1) });
  }
  if (!ranges.length) return { kind: 'unsatisfiable' };
  return { kind: 'ranges', ranges: merge(ranges) };
}

function merge(ranges: ByteRange[]): ByteRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const out: ByteRange[] = [{ ...sorted[0]! }];
  for (const r of sorted.slice(1)) {
    const last = out.at(-1)!;
    if (r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

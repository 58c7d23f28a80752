// The house has one direction: a folder imports only folders at or below it in the order, and no file imports itself
// back through others (a cycle).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
/** Lowest first. errors.ts, util/ and process/ are the ground floor: anything may import them, they import only each other. */
const ORDER: ReadonlyArray<readonly string[]> = [
  ['errors.ts', 'util', 'process'],
  ['ingest'],
  ['text'],
  ['segment', 'quotes'],
  ['cast'],
  ['plan'],
  ['tts'],
  ['audio'],
  ['podcast'],
  ['briefing'],
  ['batch'],
  ['index.ts'],
  ['cli'],
];

function rank(file: string): number {
  const top = path.relative(SRC, file).split(path.sep)[0]!;
  const r = ORDER.findIndex((level) => level.includes(top));
  if (r < 0) throw new Error(`${path.relative(SRC, file)}: src/${top} has no place in the import order`);
  return r;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative module a file imports: static, type-only, re-exports and dynamic import(). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
  return specs.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
}

const files = walk(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('import order', () => {
  it('finds the imports of the files (the walk itself works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, 'cli', 'main.ts'))).toContain(path.join(SRC, 'errors.ts'));
  });

  it('no folder imports one above it', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (rank(dep) > rank(file)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, dep)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no import cycles between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => path.relative(SRC, f)).join(' → '));
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});

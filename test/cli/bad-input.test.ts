// Bad input never crashes: one line on stderr naming the problem, a meaningful exit code, no output left.
import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefcast-bad-'));
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'blank.txt'), '   \n\n\t  \n');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 255]));
  await writeFile(path.join(dir, 'story.txt'), 'A short story\n\nThe council met on Monday. It voted to fix the road.\n');
  await writeFile(path.join(dir, 'story.pdf'), '%PDF-1.4');
  await writeFile(path.join(dir, 'long.txt'), `Long\n\n${'word '.repeat(300)}.\n`);
  await writeFile(path.join(dir, 'a-file'), 'not a folder');
  await mkdir(path.join(dir, 'folder'));
  await mkdir(path.join(dir, 'dir-named.m4b'));
});

function expectOneLine(stderr: string, pattern: RegExp) {
  // The error is one line (progress lines aside), usage errors from commander included.
  const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('reading '));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
}

async function outputsIn(folder: string) {
  return (await readdir(folder)).filter((f) => f !== 'dir-named.m4b' && /\.(m4a|m4b|mp3|opus|ogg|tmp)$/.test(f));
}

describe('bad input', () => {
  const cases: Array<[string, () => string[], RegExp, number]> = [
    ['empty file', () => [path.join(dir, 'empty.txt')], /empty/, 2],
    ['whitespace-only file', () => [path.join(dir, 'blank.txt')], /: no article text found \(give a file with some text in it\)$/, 2],
    ['binary file', () => [path.join(dir, 'binary.txt')], /binary/, 2],
    ['missing path', () => [path.join(dir, 'nope.txt')], /no such file/, 2],
    ['a directory', () => [path.join(dir, 'folder')], /folder: is a directory, not an article \(give a file\)$/, 2],
    ['unsupported input extension', () => [path.join(dir, 'story.pdf')], /story\.pdf: unsupported file type "\.pdf"/, 2],
    ['unknown engine', () => [path.join(dir, 'story.txt'), '--engine', 'nosuch'], /unknown engine "nosuch"/, 2],
    ['unknown voice', () => [path.join(dir, 'story.txt'), '--voice', 'espeak-ng:klingon-xx'], /unknown voice "klingon-xx"/, 2],
    ['malformed voice', () => [path.join(dir, 'story.txt'), '--voice', 'slt'], /engine:voice/, 2],
    ['unsupported output extension', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'out.wav')], /cannot write "\.wav"/, 2],
    ['negative jobs', () => [path.join(dir, 'story.txt'), '--jobs', '-3'], /--jobs/, 2],
    ['zero jobs', () => [path.join(dir, 'story.txt'), '--jobs', '0'], /--jobs/, 2],
    ['bad rate', () => [path.join(dir, 'story.txt'), '--rate', 'fast'], /--rate/, 2],
    ['missing output folder', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'no', 'such', 'out.m4a')], /does not exist/, 2],
    ['output folder is a file', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'a-file', 'out.m4a')], /a-file is not a folder \(choose another output location\)$/, 2],
    ['over --max-words', () => [path.join(dir, 'long.txt'), '--max-words', '100'], /more than --max-words 100/, 2],
    ['output is a folder', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'dir-named.m4b')], /is a folder/, 2],
    ['--timings is a folder', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'x.m4a'), '--timings', path.join(dir, 'folder')], /is a folder/, 2],
    ['--cache-dir is a file', () => [path.join(dir, 'story.txt'), '-o', path.join(dir, 'x.m4a'), '--cache-dir', path.join(dir, 'a-file')], /is a file/, 2],
    ['rate out of range', () => [path.join(dir, 'story.txt'), '--rate', '60'], /--rate must be a number from 80 to 450/, 2],
    ['unknown option', () => [path.join(dir, 'story.txt'), '--colour', 'red'], /unknown option/, 2],
  ];
  it.each(cases)('%s', async (_name, args, pattern, code) => {
    // Publish into a podcast folder of the test's own (or -o), never into the repository's output/.
    const out = path.join(dir, 'podcast');
    const target = args().includes('-o') ? [] : ['--out-dir', out];
    const result = await runCli(['make', ...args(), ...target, '--quiet']);
    expect(result.code, result.stderr).toBe(code);
    expectOneLine(result.stderr, pattern);
    expect(await outputsIn(dir)).toEqual([]);
    // Nothing published, no state or lock left behind.
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('plan --json refuses an invalid plan with path: message lines', async () => {
    const bad = path.join(dir, 'bad-plan.json');
    await writeFile(bad, JSON.stringify({ title: 'x', language: 'en', articles: [{ title: 't', source: 's' }], chapters: [{ title: '', article: 3, segments: [] }] }));
    const result = await runCli(['make', '--plan', bad, '-o', path.join(dir, 'x.m4a')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/chapters\[0\]\.title: /);
    expect(result.stderr).toMatch(/chapters\[0\]\.segments: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing ffmpeg is exit 3 before any synthesis', async () => {
    const nowhere = path.join(dir, 'no-ffmpeg');
    const result = await runCli(['make', path.join(dir, 'story.txt'), '-o', path.join(dir, 'x.m4a')], {
      env: { FFMPEG_PATH: nowhere, FFPROBE_PATH: nowhere },
    });
    expect(result.code, result.stderr).toBe(3);
    expectOneLine(result.stderr, /ffmpeg/);
    expect(result.stderr).not.toMatch(/synthesi/);
  });

  it('--debug prints the stack', async () => {
    const result = await runCli(['make', path.join(dir, 'nope.txt'), '--debug']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

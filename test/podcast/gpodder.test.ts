// End to end with a real podcast client: gPodder's CLI (gpo) subscribes to the served feed, updates, downloads, and its
// own SQLite database (read with Python's sqlite3) shows the episode with its chapters (from the feed's Podlove chapters).
import { execFile } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { publishBriefing } from '../../src/briefing/publish-briefing.js';
import { loadPlanFile } from '../../src/plan/load.js';
import { startServer, type RunningServer } from '../../src/podcast/server.js';
import { espeakOrSkip, ferryPlan, tempDir, writePlan } from './helpers.js';

const exec = promisify(execFile);
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
});

/** The gpo program on PATH, or null. */
async function findGpo(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'gpo');
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return null;
}

describe('gPodder', () => {
  it('subscribes to the served feed, downloads the episode and stores its chapters', async (ctx) => {
    const gpo = await findGpo();
    if (!gpo) {
      if (process.env.CI === 'true') throw new Error('gpo (Debian package gpodder) is required in CI');
      ctx.skip();
    }
    await espeakOrSkip(ctx.skip);
    const dir = await tempDir('gpodder');
    const work = await tempDir('gpodder-work');
    await writeFile(path.join(dir, 'podcast.json'), JSON.stringify({ title: 'Harbour briefings', author: 'Desk' }));
    const plan = await loadPlanFile(await writePlan(work, 'plan.json', ferryPlan()));
    const made = await publishBriefing(plan, { dir, cacheDir: await tempDir('gpodder-cache'), jobs: 2, intro: true });
    server = await startServer({ dir, port: 0, host: '127.0.0.1' });

    const home = await tempDir('gpodder-home');
    const downloads = await tempDir('gpodder-downloads');
    const env = { ...process.env, GPODDER_HOME: home, GPODDER_DOWNLOAD_DIR: downloads };
    const run = (...args: string[]) => exec(gpo!, args, { env, timeout: 120_000 });
    await run('subscribe', server.feedUrl);
    await run('update');
    const downloaded = await run('download');
    expect(downloaded.stdout).toMatch(/1 episodes? downloaded/);

    const query = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select e.title, e.guid, e.link, e.chapters, e.download_filename, e.state, p.title from episode e join podcast p on p.id = e.podcast_id").fetchall()
print(json.dumps(rows))
`;
    const { stdout } = await exec('python3', ['-c', query, path.join(home, 'Database')]);
    const rows = JSON.parse(stdout) as Array<[string, string, string, string | null, string, number, string]>;
    expect(rows).toHaveLength(1);
    const [title, guid, link, chapters, file, , podcast] = rows[0]!;
    expect([title, guid, link, podcast]).toEqual(['Night ferry returns', made.record.guid, 'https://news.example.org/ferry?id=7&lang=en', 'Harbour briefings']);
    const expected = (JSON.parse(await readFile(path.join(dir, made.record.files.chapters), 'utf8')) as { chapters: Array<{ startTime: number; title: string; url?: string }> }).chapters;
    const stored = JSON.parse(chapters ?? 'null') as Array<{ start: number; title: string; href?: string }>;
    expect(stored.map((c) => c.title)).toEqual(expected.map((c) => c.title));
    // gPodder keeps whole seconds.
    stored.forEach((c, i) => expect(Math.abs(c.start - expected[i]!.startTime)).toBeLessThan(1));
    expect(stored[1]!.href).toBe('https://news.example.org/ferry?id=7&lang=en');
    const audio = await readFile(made.audio);
    expect((await readFile(path.join(downloads, 'Harbour briefings', file))).equals(audio)).toBe(true);
  });
});

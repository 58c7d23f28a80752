// `briefcast make`: plan (or load an edited plan), then render exactly -o, or publish into the podcast folder.
import { UserError } from '../../errors.js';
import { startProbes } from '../../briefing/early-probes.js';
import { preflight } from '../../briefing/preflight.js';
import { planBriefing } from '../../briefing/plan-briefing.js';
import type { Plan } from '../../plan/schema.js';
import type { Timings } from '../../audio/types.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import type { CliContext } from '../context.js';
import { publishOptions, textOptions } from '../option-mapping.js';
import { progressPrinter } from '../progress-printer.js';

/** Run make with commander's parsed options. */
export async function makeCommand(sources: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const text = textOptions(opts);
  const sound = publishOptions(opts);
  const output = opts.output as string | undefined;
  const planFile = opts.plan as string | undefined;
  const timingsPath = opts.timings as string | undefined;
  const dir = (opts.outDir as string | undefined) ?? 'output';
  // Usage mistakes first: before any fetching, planning or synthesis.
  if (planFile && sources.length) throw new UserError('give either sources or --plan, not both', { hint: 'drop the sources when making from a plan' });
  if (output && (sound.baseUrl || sound.keep || sound.public)) {
    throw new UserError('--base-url, --keep and --public are for a podcast folder', { hint: 'drop -o to publish into --out-dir' });
  }
  startProbes({ engine: text.engine, voice: text.voice, language: text.language, planFile });
  await preflight({ output, timingsPath, cacheDir: sound.cacheDir });
  const progress = progressPrinter({ quiet: Boolean(opts.quiet) });
  const signal = context.signal;
  const planned = async (): Promise<Plan> =>
    planFile
      ? (await import('../../plan/load.js')).loadPlanFile(planFile)
      : (await planBriefing({ ...text, sources, title: opts.title as string | undefined, voiceMemoryDir: output ? null : dir, signal, onProgress: progress })).plan;
  const render = { jobs: sound.jobs, cacheDir: sound.cacheDir, cover: sound.cover, chime: sound.chime, signal, onProgress: progress };
  try {
    let made: { output: string; plan: Plan; timings: Timings; unchanged: boolean };
    if (output) {
      const [{ renderBriefing }, { withIntroOutro }, { spellsAcronyms }] = await Promise.all([
        import('../../briefing/render-briefing.js'),
        import('../../plan/intro.js'),
        import('../../briefing/registry-voices.js'),
      ]);
      const briefing = await planned();
      const spellAcronyms = await spellsAcronyms(briefing.chapters[0]?.segments[0]?.voice ?? '');
      const plan = withIntroOutro(briefing, { intro: sound.intro, outro: sound.outro, date: new Date(), spellAcronyms }).plan;
      made = { output, plan, timings: await renderBriefing(plan, { ...render, output }), unchanged: false };
    } else {
      // The folder is a podcast: one run at a time publishes into it, so the lock is taken before planning.
      const [{ publishBriefing }, { withFolderLock }] = await Promise.all([import('../../briefing/publish-briefing.js'), import('../../podcast/lock.js')]);
      const published = await withFolderLock(dir, async () => publishBriefing(await planned(), { ...render, ...sound, dir }));
      made = { output: published.audio, plan: published.plan, timings: published.timings, unchanged: published.status === 'unchanged' };
    }
    if (timingsPath) {
      const { timingsFile } = await import('../../plan/timings-file.js');
      await writeFileAtomic(timingsPath, `${JSON.stringify(timingsFile(made.plan, made.timings), null, 2)}\n`);
    }
    progress.end();
    const seconds = made.timings.totalSamples / made.timings.sampleRate;
    process.stdout.write(`${made.output}\n`);
    if (!opts.quiet && made.unchanged) {
      process.stderr.write('episode unchanged: nothing rebuilt\n');
    } else if (!opts.quiet) {
      const clock = `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
      process.stderr.write(`wrote ${made.plan.chapters.length} chapters, ${clock} of audio\n`);
    }
  } finally {
    progress.end();
  }
}

// The commander program: commands and options; each action lazily imports its command module.
import { Command, Option } from 'commander';
import { positiveInt } from './options.js';
import { addBatchOptions, addPublishOptions, addVoiceOptions } from './option-sets.js';
import type { CliContext } from './context.js';

import { textOptions } from './option-mapping.js';

/** Options shared by make and plan: what the text half needs. */
function addPlanOptions(cmd: Command): Command {
  return addVoiceOptions(cmd)
    .option('--title <title>', 'briefing title (default: the headline)')
    .option('--debug', 'print stack traces on errors');
}

/** Build the CLI; `make` is the default command, so `briefcast article.txt` works. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('briefcast')
    .description('Turn news articles into chaptered audio briefings and a podcast feed.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .exitOverride();

  addPublishOptions(
    addPlanOptions(
      program
        .command('make', { isDefault: true })
        .description('make an audio briefing from articles (files, URLs or - for stdin)')
        .argument('[source...]', 'article files or URLs; several make one briefing'),
    ),
    'without -o: ',
  )
    .option('-o, --output <file>', 'write exactly this file (.m4b, .m4a, .mp3, .opus, .ogg)')
    .option('--out-dir <dir>', 'without -o: folder for <yyyy-mm-dd>-<slug>.m4a', 'output')
    .option('--jobs <n>', 'synthesis workers at once (default: cores)', positiveInt('--jobs', 64))
    .option('--plan <file>', 'make the audio from a plan JSON (from: briefcast plan --json)')
    .option('--timings <file>', 'write the sample timings of every chapter and sentence as JSON')
    .addOption(new Option('--quiet', 'print only errors'))
    .action(async (sources: string[], opts: Record<string, unknown>) => {
      // ffmpeg and engine probes run as child processes while the pipeline's modules load (~0.3 s).
      const probes = { ...textOptions(opts), planFile: opts.plan as string | undefined };
      void import('../briefing/early-probes.js').then((m) => m.startProbes(probes)).catch(() => undefined);
      const { makeCommand } = await import('./commands/make.js');
      await makeCommand(sources, opts, context);
    });

  addPlanOptions(
    program
      .command('plan')
      .description('show everything make decides (chapters, segments, voices) without audio')
      .argument('<source...>', 'article files or URLs'),
  )
    .option('--json', 'print the plan as JSON (the format make --plan reads)')
    .option('--out-dir <dir>', "podcast folder whose remembered speaker voices the plan uses", 'output')
    .action(async (sources: string[], opts: Record<string, unknown>) => {
      const { planCommand } = await import('./commands/plan.js');
      await planCommand(sources, opts, context);
    });

  program
    .command('voices')
    .description('list text-to-speech engines and voices on this machine, and the ffmpeg in use')
    .option('--json', 'print as JSON')
    .option('--debug', 'print stack traces on errors')
    .action(async (opts: Record<string, unknown>) => {
      const { voicesCommand } = await import('./commands/voices.js');
      await voicesCommand(opts);
    });

  addBatchOptions(program.command('batch').description('make one episode per article (or one --digest) into a podcast folder'))
    .action(async (sources: string[], opts: Record<string, unknown>) => {
      const { batchCommand } = await import('./commands/batch.js');
      await batchCommand(sources, opts, context);
    });

  program
    .command('schedule')
    .description('run a batch on a cron schedule until stopped: briefcast schedule "0 6 * * *" -- <batch arguments>')
    .argument('<cron>', 'cron expression, e.g. "0 6 * * *" (06:00 every day)')
    .argument('<batch-arguments...>', 'the arguments of briefcast batch, after --')
    .option('--now', 'also run once right away')
    .option('--max-runs <n>', 'stop after this many runs', positiveInt('--max-runs'))
    .option('--debug', 'print stack traces on errors')
    .action(async (cron: string, batchArgs: string[], opts: Record<string, unknown>) => {
      const { scheduleCommand } = await import('./commands/schedule.js');
      await scheduleCommand(cron, batchArgs, opts, context);
    });

  program
    .command('serve')
    .description('serve a podcast folder over HTTP so phones on the network can subscribe')
    .argument('[dir]', 'the podcast folder', 'output')
    .option('--port <n>', 'TCP port', positiveInt('--port', 65535), 8080)
    .option('--host <address>', 'address to bind (0.0.0.0: every network interface)', '127.0.0.1')
    .option('--base-url <url>', 'URL the feed uses instead of the address it is reached at')
    .option('--debug', 'print stack traces on errors')
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { serveCommand } = await import('./commands/serve.js');
      await serveCommand(dir, opts, context);
    });

  return program;
}

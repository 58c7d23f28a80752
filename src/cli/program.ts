// The commander program: commands and options; each action lazily imports its command module.
import { Command, Option } from 'commander';
import { RATE_RANGE } from '../tts/rate.js';
import { positiveInt, positiveNumber } from './options.js';
import { addBatchOptions } from './commands/batch.js';

export interface CliContext {
  signal: AbortSignal;
}

/** Options shared by make and plan: what the text half needs. */
function addPlanOptions(cmd: Command): Command {
  return cmd
    .option('--engine <id>', 'text-to-speech engine (see: briefcast voices)')
    .option('--voice <engine:voice>', 'narrator voice; overrides any cast file')
    .option('--rate <wpm>', 'speaking rate in words per minute', positiveNumber('--rate', RATE_RANGE.min, RATE_RANGE.max))
    .option('--lang <code>', 'article language; voices are chosen by it', 'en')
    .option('--title <title>', 'briefing title (default: the headline)')
    .option('--max-words <n>', 'refuse input longer than this many words', positiveInt('--max-words'), 50_000)
    .option('--lexicon <file...>', 'pronunciation lexicon ("word = how to say it" lines) over voices/lexicon.txt')
    .option('--cast <file>', 'cast file: narrator and quote voices per engine (default voices/cast.yaml)')
    .addOption(new Option('--quote-voices <mode>', 'give quoted people voices of their own').choices(['on', 'off']).default('on'))
    .option('--debug', 'print stack traces on errors');
}

/** Build the CLI; `make` is the default command, so `briefcast article.txt` works. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('briefcast')
    .description('Turn news articles into chaptered audio briefings and a podcast feed.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .exitOverride();

  addPlanOptions(
    program
      .command('make', { isDefault: true })
      .description('make an audio briefing from articles (files, URLs or - for stdin)')
      .argument('[source...]', 'article files or URLs; several make one briefing'),
  )
    .option('-o, --output <file>', 'write exactly this file (.m4b, .m4a, .mp3, .opus, .ogg)')
    .option('--out-dir <dir>', 'without -o: folder for <yyyy-mm-dd>-<slug>.m4a', 'output')
    .option('--jobs <n>', 'synthesis workers at once (default: cores)', positiveInt('--jobs', 64))
    .option('--cover <image>', 'cover art (JPEG or PNG)')
    .option('--plan <file>', 'make the audio from a plan JSON (from: briefcast plan --json)')
    .option('--timings <file>', 'write the sample timings of every chapter and sentence as JSON')
    .option('--cache-dir <dir>', 'synthesis cache folder (default: $XDG_CACHE_HOME/briefcast)')
    .option('--no-cache', 'do not read or write the synthesis cache')
    .addOption(new Option('--format <format>', 'without -o: episode audio format').choices(['m4a', 'mp3']).default('m4a'))
    .option('--intro', 'start with a spoken intro naming the stories')
    .option('--outro', 'end with a short spoken outro')
    .option('--chime <file>', 'a short sound played between chapters')
    .option('--base-url <url>', 'without -o: public URL of the podcast folder (for feed.xml)')
    .option('--public', 'without -o: let podcast directories list the feed (no itunes:block)')
    .option('--keep <n>', 'without -o: keep only the newest n episodes', positiveInt('--keep'))
    .addOption(new Option('--quiet', 'print only errors'))
    .action(async (sources: string[], opts: Record<string, unknown>) => {
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

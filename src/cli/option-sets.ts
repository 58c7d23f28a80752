// Option declarations shared by make, plan and batch, declared once so their names, parsers and help agree.
import { Option, type Command } from 'commander';
import { RATE_RANGE } from '../tts/rate.js';
import { positiveInt, positiveNumber } from './options.js';

/** Engine, voices, rate, language, input limit, lexicon and cast: the text half. */
export function addVoiceOptions(cmd: Command): Command {
  return cmd
    .option('--engine <id>', 'text-to-speech engine (see: briefcast voices)')
    .option('--voice <engine:voice>', 'narrator voice; overrides any cast file')
    .option('--rate <wpm>', 'speaking rate in words per minute', positiveNumber('--rate', RATE_RANGE.min, RATE_RANGE.max))
    .option('--lang <code>', 'article language; voices are chosen by it', 'en')
    .option('--max-words <n>', 'refuse an article longer than this many words', positiveInt('--max-words'), 50_000)
    .option('--lexicon <file...>', 'pronunciation lexicon ("word = how to say it" lines) over voices/lexicon.txt')
    .option('--cast <file>', 'cast file: narrator and quote voices per engine (default voices/cast.yaml)')
    .addOption(new Option('--quote-voices <mode>', 'give quoted people voices of their own').choices(['on', 'off']).default('on'));
}

/** Cache, cover and the podcast folder options; `folderOnly` prefixes those that need no -o. */
export function addPublishOptions(cmd: Command, folderOnly = ''): Command {
  return cmd
    .option('--cache-dir <dir>', 'synthesis cache folder (default: $XDG_CACHE_HOME/briefcast)')
    .option('--no-cache', 'do not read or write the synthesis cache')
    .option('--cover <image>', 'cover art (JPEG or PNG)')
    .addOption(new Option('--format <format>', `${folderOnly}episode audio format`).choices(['m4a', 'mp3']).default('m4a'))
    .option('--intro', 'start with a spoken intro naming the stories')
    .option('--outro', 'end with a short spoken outro')
    .option('--chime <file>', 'a short sound played between chapters')
    .option('--base-url <url>', `${folderOnly}public URL of the podcast folder (for feed.xml)`)
    .option('--public', `${folderOnly}let podcast directories list the feed (no itunes:block)`)
    .option('--keep <n>', `${folderOnly}keep only the newest n episodes`, positiveInt('--keep'));
}

/** Declare batch's arguments and options on `cmd` (shared by `batch` and the arguments of `schedule`). */
export function addBatchOptions(cmd: Command): Command {
  const declared = cmd
    .argument('<source...>', 'article files, folders, list files (one source per line), article or RSS/Atom feed URLs')
    .requiredOption('--out-dir <dir>', 'the podcast folder episodes are published into')
    .option('--jobs <n>', 'synthesis workers in total, shared by the articles made at once (default: cores)', positiveInt('--jobs', 64))
    .option('--digest', 'one episode of all the articles instead of one per article')
    .option('--title <title>', 'the digest episode title (default: "Briefing for <day>")')
    .option('--limit <n>', 'the newest items taken from each feed', positiveInt('--limit', 1000), 10)
    .addOption(new Option('--log <format>', 'log line per article: text or JSON lines').choices(['text', 'json']).default('text'))
    .option('--quiet', 'no progress, only the log lines and errors')
    .option('--debug', 'print stack traces on errors');
  return addPublishOptions(addVoiceOptions(declared));
}

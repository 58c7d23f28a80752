// Maps commander's parsed flags to library options, once for every command that shares them.
import type { PublishFlags, VoiceFlags } from './flags.js';

/** Options of the text half (make, plan, batch): engine, voices, rate, language, lexicon, cast. */
export function textOptions(flags: VoiceFlags) {
  return {
    engine: flags.engine,
    voice: flags.voice,
    rate: flags.rate ?? null,
    language: flags.lang,
    maxWords: flags.maxWords,
    lexicons: flags.lexicon,
    castFile: flags.cast,
    quoteVoices: flags.quoteVoices !== 'off',
  };
}

/** Options of the sound half and the podcast folder (make, batch). */
export function publishOptions(flags: PublishFlags & { jobs?: number }) {
  return {
    jobs: flags.jobs,
    cacheDir: flags.cache === false ? null : flags.cacheDir,
    cover: flags.cover,
    format: flags.format,
    intro: Boolean(flags.intro),
    outro: Boolean(flags.outro),
    chime: flags.chime,
    baseUrl: flags.baseUrl,
    public: Boolean(flags.public),
    keep: flags.keep,
  };
}

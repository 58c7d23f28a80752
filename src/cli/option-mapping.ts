// Maps commander's parsed flags to library options, once for every command that shares them.

type Flags = Record<string, unknown>;

/** Options of the text half (make, plan, batch): engine, voices, rate, language, lexicon, cast. */
export function textOptions(opts: Flags) {
  return {
    engine: opts.engine as string | undefined,
    voice: opts.voice as string | undefined,
    rate: (opts.rate as number | undefined) ?? null,
    language: opts.lang as string | undefined,
    maxWords: opts.maxWords as number,
    lexicons: opts.lexicon as string[] | undefined,
    castFile: opts.cast as string | undefined,
    quoteVoices: opts.quoteVoices !== 'off',
  };
}

/** Options of the sound half and the podcast folder (make, batch). */
export function publishOptions(opts: Flags) {
  return {
    jobs: opts.jobs as number | undefined,
    cacheDir: opts.cache === false ? null : (opts.cacheDir as string | undefined),
    cover: opts.cover as string | undefined,
    format: opts.format as 'm4a' | 'mp3' | undefined,
    intro: Boolean(opts.intro),
    outro: Boolean(opts.outro),
    chime: opts.chime as string | undefined,
    baseUrl: opts.baseUrl as string | undefined,
    public: Boolean(opts.public),
    keep: opts.keep as number | undefined,
  };
}

// The flags of each command as commander parses them (vite's style: one typed interface per command).

/** Declared once on the program, accepted before or after any command. */
export interface GlobalFlags {
  debug?: boolean;
  quiet?: boolean;
}

/** Engine, voices, rate, language, input limit, lexicon and cast: the text half (make, plan, batch). */
export interface VoiceFlags {
  engine?: string;
  voice?: string;
  rate?: number;
  /** Absent: the page's declared language, else English. */
  lang?: string;
  maxWords: number;
  lexicon?: string[];
  cast?: string;
  quoteVoices: 'on' | 'off';
}

/** Cache, cover and the podcast folder options (make, batch). */
export interface PublishFlags {
  cacheDir?: string;
  /** false with --no-cache. */
  cache: boolean;
  cover?: string;
  format: 'm4a' | 'mp3';
  intro?: boolean;
  outro?: boolean;
  chime?: string;
  baseUrl?: string;
  public?: boolean;
  keep?: number;
}

export interface MakeFlags extends GlobalFlags, VoiceFlags, PublishFlags {
  title?: string;
  output?: string;
  outDir: string;
  jobs?: number;
  plan?: string;
  timings?: string;
}

export interface PlanFlags extends GlobalFlags, VoiceFlags {
  title?: string;
  json?: boolean;
  outDir: string;
}

export interface BatchFlags extends GlobalFlags, VoiceFlags, PublishFlags {
  outDir: string;
  jobs?: number;
  digest?: boolean;
  title?: string;
  limit: number;
  log: 'text' | 'json';
}

export interface ScheduleFlags extends GlobalFlags {
  now?: boolean;
  maxRuns?: number;
}

export interface ServeFlags extends GlobalFlags {
  port: number;
  host: string;
  baseUrl?: string;
}

export interface VoicesFlags extends GlobalFlags {
  json?: boolean;
}

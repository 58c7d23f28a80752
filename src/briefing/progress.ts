// Progress events the library reports through a callback (the CLI draws them).

export type ProgressEvent =
  | { stage: 'ingest'; source: string }
  | { stage: 'plan'; chapters: number; segments: number }
  | {
      stage: 'synthesize';
      done: number;
      total: number;
      cached: boolean;
      /** Estimated seconds of audio synthesized so far, and in all (words at the plan's rate). */
      seconds?: number;
      totalSeconds?: number;
    }
  | { stage: 'encode'; seconds: number; totalSeconds: number };

export type ProgressListener = (event: ProgressEvent) => void;

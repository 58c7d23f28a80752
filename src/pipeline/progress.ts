// Progress events the library reports through a callback (the CLI draws them).

export type ProgressEvent =
  | { stage: 'ingest'; source: string }
  | { stage: 'plan'; chapters: number; segments: number }
  | { stage: 'synthesize'; done: number; total: number; cached: boolean }
  | { stage: 'encode'; seconds: number; totalSeconds: number }
  | { stage: 'done'; output: string; seconds: number };

export type ProgressListener = (event: ProgressEvent) => void;

// The briefcast library API; the CLI is one user of it.
export { planBriefing, type PlanBriefingOptions, DEFAULT_MAX_WORDS } from './briefing/plan-briefing.js';
export { renderBriefing, defaultJobs, type RenderOptions } from './briefing/render-briefing.js';
export { publishBriefing, type PublishOptions, type PublishResult } from './briefing/publish-briefing.js';
export { withIntroOutro } from './plan/intro.js';
export { timingsFile, type TimingsFile } from './plan/timings-file.js';
export type { ProgressEvent, ProgressListener } from './briefing/progress.js';
export { loadPlanFile } from './plan/load.js';
export { planSchema, type Plan, type Chapter, type Segment } from './plan/schema.js';
export type { Article, Block } from './ingest/article.js';
export type { Timings, AudioFormat } from './audio/types.js';
export type { TtsEngine, VoiceInfo, EngineStatus } from './tts/engine.js';
export { getEngine, engineIds, bestEngine } from './tts/registry.js';
export { runBatch, BatchFailedError, type BatchOptions, type BatchResult, type BatchEvent } from './batch/run-batch.js';
export { runJob } from './batch/run-job.js';
export { localPool } from './batch/local-pool.js';
export type { BatchJob, JobSettings, JobOutcome, JobRunner, JobExecutor } from './batch/job.js';
export { runSchedule, type ScheduleOptions } from './batch/schedule.js';
export * from './errors.js';

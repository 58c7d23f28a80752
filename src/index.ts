// The briefcast library API; the CLI is one user of it.
export { makeBriefing, defaultJobs, type MakeOptions, type MakeResult } from './briefing/make.js';
export { planBriefing, type PlanBriefingOptions, DEFAULT_MAX_WORDS } from './briefing/plan-briefing.js';
export { renderPlan, type RenderOptions } from './briefing/render-briefing.js';
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

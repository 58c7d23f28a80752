// Test helpers: read audio back with ffprobe (an independent tool) and decide skip-or-fail for missing engines.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/process/run.js';

export interface Probe {
  codec: string;
  sampleRate: number;
  channels: number;
  duration: number;
}

/** Reads a WAV's codec, rate, channels and duration with ffprobe. */
export async function ffprobe(file: string): Promise<Probe> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,sample_rate,channels:format=duration', '-of', 'json', file]);
  const json = JSON.parse(stdout) as { streams: Array<{ codec_name: string; sample_rate: string; channels: number }>; format: { duration: string } };
  const s = json.streams[0]!;
  return { codec: s.codec_name, sampleRate: Number(s.sample_rate), channels: s.channels, duration: Number(json.format.duration) };
}

/** In CI a missing engine is a failure; elsewhere the test is skipped. */
export function requireAvailable(id: string, detection: { status: { available: boolean; reason?: string } }, skip: () => void): void {
  const { status } = detection;
  if (status.available) return;
  if (process.env.CI === 'true') throw new Error(`engine ${id} is required in CI: ${status.reason}`);
  skip();
}

/** A fresh temp folder whose path is safe for every engine. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `bc-test-${prefix}-`));
}

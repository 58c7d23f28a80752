// The person→voice preferences kept in an output folder's .briefcast/voices.json across briefings.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { voiceRef } from './voice-ref.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { withKeyedMutex } from '../util/keyed-mutex.js';
import { stateDir } from '../util/state-dir.js';

const memorySchema = z.object({ version: z.literal(1), speakers: z.record(z.string(), voiceRef) });

/** Where the preferences of an output folder live. */
export function voiceMemoryPath(outDir: string): string {
  return path.join(stateDir(outDir), 'voices.json');
}

/** Speaker → voice remembered for this folder; empty when none or unreadable (a stale file never stops a run). */
export async function readVoiceMemory(outDir: string): Promise<Record<string, string>> {
  try {
    const parsed = memorySchema.safeParse(JSON.parse(await readFile(voiceMemoryPath(outDir), 'utf8')));
    return parsed.success ? parsed.data.speakers : {};
  } catch {
    return {};
  }
}

/** Merge speaker → voice into the folder's memory (atomically, one writer at a time); unchanged memory is not rewritten. */
async function writeVoiceMemory(outDir: string, speakers: Readonly<Record<string, string>>): Promise<void> {
  const file = voiceMemoryPath(outDir);
  await withKeyedMutex(`voices:${path.resolve(file)}`, async () => {
    const before = await readVoiceMemory(outDir);
    const merged = { ...before, ...speakers };
    if (Object.entries(merged).every(([k, v]) => before[k] === v)) return;
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, speakers: sorted }, null, 2)}\n`);
  });
}

/**
 * Remember the voices a published briefing gave its named speakers (speaker → "engine:voice"). Called after the
 * episode is in place, so a failed run changes nothing.
 */
export async function rememberVoices(outDir: string, speakers: Readonly<Record<string, string>>): Promise<void> {
  if (Object.keys(speakers).length) await writeVoiceMemory(outDir, speakers);
}

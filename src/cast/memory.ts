// The person→voice preferences kept in an output folder's .briefcast/voices.json across briefings.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { voiceRef } from '../plan/schema.js';
import { tempPathFor } from '../util/atomic-write.js';

const memorySchema = z.object({ version: z.literal(1), speakers: z.record(z.string(), voiceRef) });

/** Where the preferences of an output folder live. */
export function voiceMemoryPath(outDir: string): string {
  return path.join(outDir, '.briefcast', 'voices.json');
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

/** Merge speaker → voice into the folder's memory, written to a temp file and renamed into place. */
export async function writeVoiceMemory(outDir: string, speakers: Readonly<Record<string, string>>): Promise<void> {
  const file = voiceMemoryPath(outDir);
  await mkdir(path.dirname(file), { recursive: true });
  const merged = { ...(await readVoiceMemory(outDir)), ...speakers };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  // A random temp name: concurrent batch jobs in one process may write in the same millisecond.
  const tmp = tempPathFor(file);
  await writeFile(tmp, `${JSON.stringify({ version: 1, speakers: sorted }, null, 2)}\n`);
  await rename(tmp, file);
}

// Gives each quote segment of a plan its speaker's voice and lists the cast.
import { splitVoiceRef, type VoiceFacts } from '../cast/voice-ref.js';
import type { CastEntry, Plan, Segment } from './schema.js';
import { genderOfLabel } from '../quotes/people.js';
import { castFor, loadCastFile, type CastFile } from '../cast/cast-file.js';
import { assignVoices, type PoolVoice, type SpeakerNeed } from '../cast/assign.js';
import { readVoiceMemory } from '../cast/memory.js';

export interface CastPlanOptions {
  /** A loaded cast file; otherwise `castFile` is read, otherwise the shipped voices/cast.yaml. */
  cast?: CastFile;
  /** Path given with --cast. */
  castFile?: string;
  /** false (--quote-voices off): the narrator reads every quote. Default true. */
  quoteVoices?: boolean;
  /** Output folder whose .briefcast/voices.json (read here; written by rememberCast after a publish) keeps speakers' voices. */
  outDir?: string | null;
  /** The voices an engine offers here (none for an unknown or unavailable engine): the briefing asks the tts registry. */
  listVoices: (engine: string) => Promise<VoiceFacts[]>;
}

const engineOf = (ref: string) => splitVoiceRef(ref).engine;
const idOf = (ref: string) => splitVoiceRef(ref).voice;
const quoteSegments = (plan: Plan): Segment[] => plan.chapters.flatMap((c) => c.segments).filter((s) => s.kind === 'quote');

function castList(plan: Plan): CastEntry[] {
  const entries = new Map<string, CastEntry>();
  for (const s of quoteSegments(plan)) {
    if (!s.speaker) continue;
    const e = entries.get(s.speaker) ?? { speaker: s.speaker, voice: s.voice, quotes: 0 };
    e.quotes++;
    entries.set(s.speaker, e);
  }
  return [...entries.values()];
}

/**
 * Fill every segment's voice and the plan's cast. The narrator's recorded speaker never reads a
 * quote; distinct speakers get distinct voices while the pool lasts (gender-matched where known);
 * then speakers whose quotes follow each other still differ, else the narrator reads. With an
 * output folder the choices are remembered there for the next briefing.
 */
export async function castPlan(plan: Plan, options: CastPlanOptions): Promise<Plan> {
  const out: Plan = structuredClone(plan);
  const segments = out.chapters.flatMap((c) => c.segments);
  const narrator = segments.find((s) => s.kind === 'narration')?.voice ?? segments[0]?.voice;
  if (!narrator) return out;
  const list = options.listVoices;
  const cache = new Map<string, Promise<VoiceFacts[]>>();
  const voicesOf = (engine: string) => cache.get(engine) ?? cache.set(engine, list(engine)).get(engine)!;
  const info = async (ref: string) => (await voicesOf(engineOf(ref))).find((v) => v.id === idOf(ref));
  const narratorSpeaker = (await info(narrator))?.speaker ?? narrator;

  const quotes = quoteSegments(out);
  for (const q of quotes) q.voice = narrator;
  if (options.quoteVoices === false || quotes.every((q) => !q.speaker)) {
    out.cast = castList(out);
    return out;
  }
  const file = options.cast ?? (await loadCastFile(options.castFile));
  const wanted = castFor(file, engineOf(narrator), out.language);
  let entries = (wanted?.pool ?? []).map((p) => ({ ref: p.voice, gender: p.gender }));
  if (!entries.length) {
    const primary = out.language.split('-')[0]!.toLowerCase();
    entries = (await voicesOf(engineOf(narrator)))
      .filter((v) => v.language.toLowerCase().split('-')[0] === primary)
      .map((v) => ({ ref: `${engineOf(narrator)}:${v.id}`, gender: v.gender }));
  }
  entries.push(...Object.values(file.pins).map((ref) => ({ ref, gender: null })));
  // Detect every engine the pool names at once (each detection runs the engine's program).
  await Promise.all([...new Set(entries.map((e) => engineOf(e.ref)))].map((engine) => voicesOf(engine)));
  const pool: PoolVoice[] = [];
  for (const e of entries) {
    const v = await info(e.ref);
    if (!v || v.speaker === narratorSpeaker || pool.some((p) => p.speaker === v.speaker)) continue;
    pool.push({ ref: e.ref, speaker: v.speaker, gender: e.gender ?? v.gender });
  }

  const needs: SpeakerNeed[] = castList(out).map((e) => ({ label: e.speaker, gender: quotes.find((q) => q.speaker === e.speaker && q.gender)?.gender ?? genderOfLabel(e.speaker), named: /^\p{Lu}/u.test(e.speaker), quotes: e.quotes }));
  const adjacent = new Set<string>();
  let previous: string | null = null;
  for (const q of quotes) {
    if (!q.speaker) continue;
    if (previous && previous !== q.speaker) adjacent.add(`${previous}|${q.speaker}`).add(`${q.speaker}|${previous}`);
    previous = q.speaker;
  }
  const memory = options.outDir ? await readVoiceMemory(options.outDir) : {};
  const assigned = assignVoices({ speakers: needs, adjacent, pool, pins: file.pins, memory });

  let last: Segment | null = null;
  for (const q of quotes) {
    const voice = q.speaker ? assigned.get(q.speaker) ?? null : null;
    // Never let two different people follow each other in one voice.
    const clash = voice && last && last.speaker !== q.speaker && last.voice === voice;
    q.voice = voice && !clash ? voice : narrator;
    last = q;
  }
  out.cast = castList(out).map((e) => ({ ...e, voice: assigned.get(e.speaker) ?? narrator }));
  return out;
}

/** The named speakers a briefing gave their own voice (speaker → voice), for the folder's voice memory. */
export function voicesToRemember(plan: Plan): Record<string, string> {
  const narrator = plan.chapters.flatMap((c) => c.segments).find((s) => s.kind === 'narration')?.voice;
  return Object.fromEntries(plan.cast.filter((c) => c.voice !== narrator && /^\p{Lu}/u.test(c.speaker)).map((c) => [c.speaker, c.voice]));
}

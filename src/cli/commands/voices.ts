// `briefcast voices`: engines found here with their voices, and the ffmpeg in use.
import { ffmpegInfo } from '../../audio/ffmpeg.js';
import type { EngineStatus, VoiceInfo } from '../../tts/engine.js';
import { ENGINE_ORDER, getEngine, runsHere } from '../../tts/registry.js';

interface EngineReport extends EngineStatus {
  id: string;
  label: string;
  defaultVoice: string | null;
  voices: VoiceInfo[];
}

/** Run voices with commander's parsed options. */
export async function voicesCommand(opts: Record<string, unknown>): Promise<void> {
  const engines: EngineReport[] = [];
  for (const id of ENGINE_ORDER) {
    const engine = await getEngine(id);
    const detection = runsHere(engine) ? await engine.detect() : undefined;
    const status: EngineStatus = detection?.status ?? { available: false, reason: `not offered on ${process.platform}` };
    const voices = status.available ? detection!.voices : [];
    engines.push({ id, label: engine.label, ...status, defaultVoice: status.available ? detection!.defaultVoice('en') : null, voices });
  }
  let ffmpeg: Awaited<ReturnType<typeof ffmpegInfo>> | { error: string };
  try {
    ffmpeg = await ffmpegInfo();
  } catch (error) {
    ffmpeg = { error: (error as Error).message };
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ engines, ffmpeg }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const e of engines) {
    lines.push(`${e.id} (${e.label}): ${e.available ? `available${e.version ? `, ${e.version}` : ''}` : `unavailable: ${e.reason}`}`);
    for (const v of e.voices) {
      const mark = v.id === e.defaultVoice ? '*' : ' ';
      lines.push(`  ${mark} ${e.id}:${v.id}  ${v.language}  ${v.gender ?? '-'}  speaker ${v.speaker}`);
    }
  }
  lines.push('', 'error' in ffmpeg ? `ffmpeg: ${ffmpeg.error}` : `ffmpeg: ${ffmpeg.source} ${ffmpeg.version} (${ffmpeg.ffmpeg})`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

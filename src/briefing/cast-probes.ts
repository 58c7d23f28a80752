// Starts detecting the engines a cast pool names, so their programs run while the plan is built.
import { castFor, type CastFile } from '../cast/cast-file.js';
import { getEngine, splitVoiceRef } from '../tts/registry.js';

const engineOf = (ref: string) => splitVoiceRef(ref).engine;

/**
 * Start detecting every engine of the narrator's cast pool and of the pins (castPlan waits for them once the
 * plan is built). Resolves as soon as each detection has started; errors are left to castPlan, which meets them.
 */
export async function startCastProbes(cast: CastFile, narrator: string, language: string): Promise<void> {
  const pool = castFor(cast, engineOf(narrator), language)?.pool ?? [];
  const engines = new Set([...pool.map((p) => p.voice), ...Object.values(cast.pins)].map(engineOf));
  await Promise.all(
    [...engines].map((id) =>
      getEngine(id).then(
        (engine) => void engine.detect().catch(() => undefined),
        () => undefined,
      ),
    ),
  );
}

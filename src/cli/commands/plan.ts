// `briefcast plan`: everything make decides, printed as JSON or as a readable outline.
import { planBriefing } from '../../briefing/plan-briefing.js';
import type { Plan } from '../../plan/schema.js';
import { textOptions } from '../option-mapping.js';
import type { CliContext } from '../context.js';

/** Run plan with commander's parsed options. */
export async function planCommand(sources: string[], opts: Record<string, unknown>, context: CliContext): Promise<void> {
  const { plan } = await planBriefing({
    sources,
    title: opts.title as string | undefined,
    ...textOptions(opts),
    voiceMemoryDir: opts.outDir as string | undefined,
    signal: context.signal,
  });
  process.stdout.write(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : outline(plan));
}

function outline(plan: Plan): string {
  const lines = [`${plan.title} (${plan.language})`, ''];
  plan.chapters.forEach((chapter, i) => {
    const words = chapter.segments.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    lines.push(`${i + 1}. ${chapter.title}  [${words} words, article ${chapter.article + 1}]`);
    for (const segment of chapter.segments) {
      if (segment.kind !== 'quote') continue;
      const text = segment.text.length > 64 ? `${segment.text.slice(0, 63)}…` : segment.text;
      lines.push(`     ${text} — ${segment.speaker ?? 'narrator'} (${segment.voice})`);
    }
  });
  if (plan.cast.length) {
    lines.push('', 'Cast:');
    for (const c of plan.cast) lines.push(`  ${c.speaker}: ${c.voice} (${c.quotes} quotes)`);
  }
  return `${lines.join('\n')}\n`;
}

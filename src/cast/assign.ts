// Chooses a voice for each quoted speaker: distinct while the pool lasts, gender-matched, stable.

export type Gender = 'female' | 'male';

/** A voice quotes may use, identified by its recorded speaker. */
export interface PoolVoice {
  ref: string;
  /** Recorded speaker (VoiceInfo.speaker); two refs with one speaker are one voice. */
  speaker: string;
  gender: Gender | null;
}

export interface SpeakerNeed {
  label: string;
  gender: Gender | null;
  /** Whether a remembered or pinned voice may be used (people, not descriptions). */
  named: boolean;
  /** How many quotes the speaker has: the most quoted get the first (clearest) voices of the pool. */
  quotes?: number;
}

export interface AssignInput {
  /** Speakers in order of first quote. */
  speakers: readonly SpeakerNeed[];
  /** Pairs of speakers whose quotes follow each other ("a|b" both ways). */
  adjacent: ReadonlySet<string>;
  /** Usable voices, narrator's recorded speaker already removed, one per recorded speaker. */
  pool: readonly PoolVoice[];
  /** Pinned voices (cast file), then remembered ones (output folder). */
  pins: Readonly<Record<string, string>>;
  memory: Readonly<Record<string, string>>;
}

const fits = (v: PoolVoice, g: Gender | null) => g === null || v.gender === null || v.gender === g;

/**
 * Speaker → voice ref, or null (the narrator reads). Pins win, then remembered voices, then the
 * first free gender-matched voice; when none is free, the least-used matching voice none of the
 * speaker's neighbours has; otherwise null.
 */
export function assignVoices(input: AssignInput): Map<string, string | null> {
  const byRef = new Map(input.pool.map((v) => [v.ref, v]));
  const owner = new Map<string, string>(); // recorded speaker → label with exclusive use
  const uses = new Map<string, string[]>(); // ref → labels
  const result = new Map<string, string | null>();
  const give = (label: string, v: PoolVoice) => {
    result.set(label, v.ref);
    uses.set(v.ref, [...(uses.get(v.ref) ?? []), label]);
    if (!owner.has(v.speaker)) owner.set(v.speaker, label);
  };
  // Pinned voices first, then remembered ones, so a person keeps their voice whoever else is quoted.
  let pending: SpeakerNeed[] = [...input.speakers];
  for (const [table, strict] of [[input.pins, false], [input.memory, true]] as const) {
    pending = pending.filter((s) => {
      const v = s.named && table[s.label] ? byRef.get(table[s.label]!) : undefined;
      if (!v || owner.has(v.speaker) || (strict && !fits(v, s.gender))) return true;
      give(s.label, v);
      return false;
    });
  }
  // The pool is ordered best first: the most quoted speakers (then named people) take its first voices.
  pending = pending
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.quotes ?? 1) - (a.s.quotes ?? 1) || Number(b.s.named) - Number(a.s.named) || a.i - b.i)
    .map(({ s }) => s);
  const later: SpeakerNeed[] = [];
  for (const s of pending) {
    const free = input.pool.find((v) => !owner.has(v.speaker) && fits(v, s.gender) && (s.gender === null || v.gender !== null))
      ?? input.pool.find((v) => !owner.has(v.speaker) && fits(v, s.gender));
    if (free) give(s.label, free);
    else later.push(s);
  }
  for (const s of later) {
    const neighbours = (ref: string) => (uses.get(ref) ?? []).some((l) => input.adjacent.has(`${l}|${s.label}`));
    const shared = input.pool
      .filter((v) => fits(v, s.gender) && !neighbours(v.ref))
      .sort((a, b) => (uses.get(a.ref)?.length ?? 0) - (uses.get(b.ref)?.length ?? 0))[0];
    if (shared) give(s.label, shared);
    else result.set(s.label, null);
  }
  return result;
}

// "her father", "his wife": a relative named in the article under the owner's family name is that person.
import type { Speaker } from './entities.js';
import { personSpeaker } from './entities.js';
import type { People } from './people.js';
import { resolvePronoun, type PronounContext } from './pronouns.js';

/** Family words whose bearer usually shares the owner's family name. */
const FAMILY = new Set(['husband', 'wife', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'dad', 'mum', 'mom']);

/**
 * The named person a relational description stands for, or the description itself: "her father" where
 * "her" is Seren Prydderch and exactly one other Prydderch of the right gender is named is Alun Prydderch.
 */
export function relativeOf(ctx: PronounContext & { people: People }, speaker: Speaker, paragraph: number, at: number): Speaker {
  const m = /^(his|her) (\p{Ll}+)$/u.exec(speaker.label);
  if (speaker.kind !== 'description' || !m || !FAMILY.has(m[2]!)) return speaker;
  const owner = resolvePronoun(ctx, m[1] === 'his' ? 'he' : 'she', paragraph, at);
  if (owner?.kind !== 'person' || owner.person === undefined) return speaker;
  const parts = owner.label.split(' ');
  if (parts.length < 2) return speaker;
  const family = parts.slice(1).join(' ').toLowerCase();
  const gender = ctx.lang.roleNouns[m[2]!] ?? null;
  const kin = ctx.people.persons.filter((p) => p.id !== owner.person && p.name.toLowerCase().endsWith(` ${family}`) && (gender === null || p.gender === gender || p.gender === null));
  return kin.length === 1 ? personSpeaker(ctx.people, kin[0]!.id) : speaker;
}

// The container backends by format: one module per container (MP4, MP3, Ogg), each satisfying Container (types.ts).
import type { AudioFormat } from '../types.js';
import { mp3Container } from './mp3.js';
import { mp4Container } from './mp4.js';
import { oggContainer } from './ogg.js';
import type { Container } from './types.js';

export type { Container, CoverImage, FinishRequest } from './types.js';

const CONTAINERS: readonly Container[] = [mp4Container, mp3Container, oggContainer];

/** The backend that writes `format`. */
export function containerFor(format: AudioFormat): Container {
  const found = CONTAINERS.find((c) => c.formats.includes(format));
  if (!found) throw new Error(`no container writes ${format}`);
  return found;
}

/** Every format some container writes, in the order the help lists them. */
export function allFormats(): AudioFormat[] {
  return CONTAINERS.flatMap((c) => c.formats);
}

// The channel artwork of a podcast folder (the default cover made when podcast.json names none) and whether its feed is public.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { PodcastConfig } from './config.js';
import { checkCover, defaultCoverPng } from './image.js';
import type { RecordsFile } from './records.js';

/** The default channel artwork file, generated when podcast.json names none. */
export const DEFAULT_COVER = 'cover.png';

/** The channel image (file name in the folder or URL), checked; the default cover is created if missing. */
export async function channelImage(dir: string, config: PodcastConfig, options: { create: boolean }): Promise<string> {
  if (config.image && /^https?:\/\//i.test(config.image)) return config.image;
  const name = config.image ?? DEFAULT_COVER;
  const file = path.resolve(dir, name);
  if (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file)) || name.startsWith('.')) {
    throw new UserError(`podcast.json image "${name}" is outside the podcast folder`, { hint: 'copy the image into the folder and give its file name' });
  }
  const exists = await stat(file).then((s) => s.isFile(), () => false);
  if (!exists && !config.image && options.create) {
    await writeFileAtomic(file, defaultCoverPng());
    return name;
  }
  if (!exists && config.image) throw new UserError(`podcast.json image ${name} does not exist in ${dir}`, { hint: 'put the image in the folder or drop the field' });
  if (exists) await checkCover(file, 'podcast image');
  return path.relative(dir, file).split(path.sep).join('/');
}

/** Whether the feed may be listed: --public, else podcast.json, else what the last --public left. */
export function isPublic(config: PodcastConfig, records: RecordsFile, flag?: boolean): boolean {
  return flag === true || (config.public ?? records.settings.public ?? false);
}

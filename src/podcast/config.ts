// Channel settings of a podcast folder: <dir>/podcast.json (or podcast.yaml / podcast.yml), validated.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseWith } from '../util/validation.js';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** The schema of podcast.json: every field optional, unknown fields rejected. */
export const podcastConfigSchema = z
  .object({
    title: z.string().min(1).default('Briefcast'),
    description: z.string().min(1).default('Audio briefings made from articles with briefcast.'),
    language: z.string().min(2).optional(),
    author: z.string().min(1).default('briefcast'),
    owner: z.object({ name: z.string().min(1).optional(), email: z.email().optional() }).strict().optional(),
    /** A file inside the folder (or an http URL): square PNG or JPEG, 1400–3000 px. */
    image: z.string().min(1).optional(),
    category: z.string().min(1).default('News'),
    subcategory: z.string().min(1).optional(),
    explicit: z.boolean().default(false),
    /** Lift itunes:block and podcast:locked (directories may list the feed); unset: as the last `--public` left it. */
    public: z.boolean().optional(),
    baseUrl: httpUrl.optional(),
    link: httpUrl.optional(),
    copyright: z.string().optional(),
    keep: z.number().int().min(1).optional(),
  })
  .strict();

export type PodcastConfig = z.infer<typeof podcastConfigSchema>;

/** Channel settings file names, in the order they are looked for. */
export const CONFIG_NAMES = ['podcast.json', 'podcast.yaml', 'podcast.yml'] as const;

/** Read and validate the folder's channel settings; defaults when there is no file. */
export async function loadPodcastConfig(dir: string): Promise<PodcastConfig> {
  for (const name of CONFIG_NAMES) {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      throw new UserError(`cannot read ${file}: ${code}`, { hint: 'fix its permissions' });
    }
    let data: unknown;
    try {
      data = name.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
    } catch (error) {
      const why = (error as Error).message.split('\n')[0];
      throw new UserError(`${file} is not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${why}`, { hint: `fix ${file} and try again` });
    }
    return parseWith(podcastConfigSchema, data ?? {}, file);
  }
  return podcastConfigSchema.parse({});
}

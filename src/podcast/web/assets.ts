// The pages' static assets: the stylesheet and the script compiled from browser/player.ts by the build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DependencyError } from '../../errors.js';
import { ASSET_PATHS } from './page-shell.js';
import { SITE_CSS } from './style.js';

/** A file of the folder's site: its name inside the folder and its content. */
export interface SiteFile {
  name: string;
  content: string;
}

// Next to this module in dist/; from the sources (tests, tsx), the copy the build put in dist/.
const SCRIPT_CANDIDATES = ['./browser/player.js', '../../../dist/podcast/web/browser/player.js'];

let script: Promise<string> | undefined;

/** The stylesheet and the script, as files of the folder. */
export async function siteAssets(): Promise<SiteFile[]> {
  script ??= readScript();
  return [
    { name: ASSET_PATHS.style, content: SITE_CSS },
    { name: ASSET_PATHS.script, content: await script },
  ];
}

async function readScript(): Promise<string> {
  for (const candidate of SCRIPT_CANDIDATES) {
    try {
      return await readFile(fileURLToPath(new URL(candidate, import.meta.url)), 'utf8');
    } catch {
      // try the next place
    }
  }
  script = undefined;
  throw new DependencyError('the web page script of briefcast is missing (dist/podcast/web/browser/player.js)', { hint: 'run npm run build' });
}

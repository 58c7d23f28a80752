// Reads a plan JSON file (possibly edited by hand) and validates it.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { parseWith } from '../util/validation.js';
import { planSchema, type Plan } from './schema.js';

/** Load and validate a plan file; errors name the file and each bad `path: message`. */
export async function loadPlanFile(file: string): Promise<Plan> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read plan ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { hint: 'check the path' });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new UserError(`plan ${file} is not valid JSON: ${(error as Error).message}`, { hint: 'fix the JSON syntax' });
  }
  return parseWith(planSchema, data, `plan ${file}`);
}

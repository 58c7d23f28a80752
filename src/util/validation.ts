// Turns zod issues into "path: message" lines, one per problem.
import type { z } from 'zod';
import { UserError } from '../errors.js';

/** Format zod issues as `path: message` lines (path like chapters[2].segments[0].voice). */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.reduce<string>((acc, key) => {
      if (typeof key === 'number') return `${acc}[${key}]`;
      return acc ? `${acc}.${String(key)}` : String(key);
    }, '');
    return `${path || '(root)'}: ${issue.message}`;
  });
}

/** Parse with a schema or throw a UserError naming the file and every bad path. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = formatIssues(result.error.issues);
  const shown = lines.slice(0, 5).join('; ');
  const more = lines.length > 5 ? ` (and ${lines.length - 5} more)` : '';
  throw new UserError(`${what} is invalid: ${shown}${more}`, { hint: `fix ${what} and try again` });
}

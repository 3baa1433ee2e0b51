import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from './dataFile';

/**
 * Id and the date of `lastVerified` of every treatment listing, read without the full schema so the
 * launch check still lists them when another field is being edited.
 * @example loadListings('content').filter((l) => l.lastVerified === null)
 */
export function loadListings(contentDir: string): { id: string; lastVerified: string | null }[] {
  const dir = join(contentDir, 'services');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = parseYaml(join(dir, f), readFileSync(join(dir, f), 'utf8')) as Record<string, unknown> | null;
      // lastVerified is { date, by, method: phone call } once a person has called, null until then.
      const last = data?.['lastVerified'] as { date?: unknown } | null | undefined;
      return { id: f.replace(/\.yaml$/, ''), lastVerified: typeof last?.date === 'string' ? last.date : null };
    });
}

import { createHash } from 'node:crypto';
import { ContentError, readList } from './dataFile';
import { buildDate } from './dates';
import { hotlineFactProblems } from './hotlineFacts';
import { hotlineSchema, sourceSchema, type Hotline, type Source } from './schemas';

/** Folder holding every editable content file; tests point it at a broken copy with CONTENT_DIR. */
export function contentDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return (env['CONTENT_DIR'] ?? 'content').replace(/\/$/, '');
}

/**
 * Reads and validates content/sources.yaml.
 * @example loadSources().find((s) => s.id === 'spectrum-2017-release')?.published // '2017-11-10'
 */
export function loadSources(dir = contentDir()): Source[] {
  return readList(`${dir}/sources.yaml`, sourceSchema);
}

/**
 * Reads and validates content/hotlines.yaml against the known source ids, then checks that hours, languages
 * and channels each have a source and that no old fact is told without its year (see hotlineFactProblems).
 * Throws a ContentError naming the file, the line and the field.
 * @example loadHotlines().filter((h) => h.crisisBar).length // 4
 */
export function loadHotlines(dir = contentDir(), today: Date = buildDate(process.env)): Hotline[] {
  const sources = loadSources(dir);
  const file = `${dir}/hotlines.yaml`;
  const lines = readList(file, hotlineSchema(new Set(sources.map((s) => s.id))));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const problems = lines.flatMap((line) =>
    hotlineFactProblems(line, byId, today).map((p) => `${file}, line "${line.id}": ${p}`),
  );
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return lines;
}

/**
 * An MDX body without its component imports (`import X from '…';` lines), which hold no text.
 * A sentence that happens to start with "import" stays.
 * @example withoutImports("import Finder from '@components/finder/Finder.astro';\nHello\n") // 'Hello\n'
 */
export function withoutImports(body: string): string {
  return body.replace(/^import\s+[\w{}\s,*]+\s+from\s+(['"])[^'"\n]+\1;?[ \t]*(?:\r?\n|$)/gm, '');
}

/**
 * The 12-character hash of an English page body that a translation records as `sourceHash`.
 * Component imports are not text to translate, so they do not count.
 * @example sourceHash('Hello') // '185f8db32271'
 */
export function sourceHash(body: string): string {
  const text = withoutImports(body.replace(/\r\n/g, '\n'));
  return createHash('sha256').update(text.trim()).digest('hex').slice(0, 12);
}

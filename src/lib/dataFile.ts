import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/**
 * Turns zod issues into lines an editor can act on: the file, the entry, the field and the reason.
 * @example describeIssues('content/hotlines.yaml', 'entry 2 (id "x")', issues)
 */
export function describeIssues(file: string, where: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(whole entry)';
    return `  - field "${field}": ${issue.message}`;
  });
  return `${file}, ${where}:\n${lines.join('\n')}`;
}

/** The error every bad content file raises: it names the file first. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * Parses YAML text, failing with the file name and line on a syntax error
 * (Astro's own file() loader only logs such errors and carries on empty).
 * @example parseYaml('content/x.yaml', '- a: 1') // [{ a: 1 }]
 */
export function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new ContentError(
      `${file}${line ? `, line ${line}` : ''}: YAML cannot be read: ${first?.message.split('\n')[0] ?? 'syntax error'}`,
    );
  }
  return doc.toJS();
}

/**
 * Validates a YAML list of entries with ids: each entry against the schema, ids unique.
 * Throws one ContentError listing every problem; never drops an entry.
 * @example validateList('content/sources.yaml', [{ id: 'a', ... }], sourceSchema)
 */
export function validateList<S extends z.ZodType<{ id: string }>>(
  file: string,
  data: unknown,
  schema: S,
): z.output<S>[] {
  if (!Array.isArray(data)) {
    throw new ContentError(
      `${file}: expected a list of entries (lines starting with "- "), found ${data === null ? 'nothing' : typeof data}`,
    );
  }
  const problems: string[] = [];
  const out: z.output<S>[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const rawId =
      entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : undefined;
    const where = `entry ${index + 1}${rawId ? ` (id "${rawId}")` : ''}`;
    const result = schema.safeParse(entry);
    if (!result.success) {
      problems.push(describeIssues(file, where, result.error.issues));
      return;
    }
    const id = result.data.id;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push(
        `${file}, ${where}:\n  - field "id": "${id}" is already used by entry ${earlier}; ids must be unique`,
      );
      return;
    }
    seen.set(id, index + 1);
    out.push(result.data);
  });
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return out;
}

/**
 * Reads, parses and validates a YAML list file from disk.
 * @example readList('content/hotlines.yaml', hotlineSchema)
 */
export function readList<S extends z.ZodType<{ id: string }>>(file: string, schema: S): z.output<S>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(`${file}: file not found`);
  }
  return validateList(file, parseYaml(file, text), schema);
}

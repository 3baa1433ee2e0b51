import type { Hotline, Source } from './schemas';

/**
 * Crisis-bar lines first in their bar order, then the others in file order.
 * @example orderHotlines(lines).map((l) => l.id)[0] // 'emergency-911'
 */
export function orderHotlines<T extends Pick<Hotline, 'crisisBar'>>(lines: readonly T[]): T[] {
  const bar = lines.filter((l) => l.crisisBar !== undefined).sort((a, b) => (a.crisisBar ?? 0) - (b.crisisBar ?? 0));
  return [...bar, ...lines.filter((l) => l.crisisBar === undefined)];
}

/**
 * Who published a line's number and when: its first source, which should be the one that states it.
 * Used for "as published by … on …" while a line is unverified.
 * @example publicationOf(spectrumInpatient, sources) // { publisher: 'Spectrum Health Systems', published: '2017-11-10' }
 */
export function publicationOf(
  line: Pick<Hotline, 'sources' | 'id'>,
  sources: ReadonlyMap<string, Pick<Source, 'publisher' | 'published'>>,
): { publisher: string; published: string | null } {
  const first = line.sources[0];
  const source = first ? sources.get(first.id) : undefined;
  if (!source) throw new Error(`Hotline "${line.id}" has no resolvable source`);
  return { publisher: source.publisher, published: source.published };
}

import type { Hotline, Source } from './schemas';
import { SHORT_CODES } from './tel';

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

/**
 * The year to print next to a crisis-bar number nobody has confirmed by calling ("published 2017"):
 * the newest publication year among the line's sources, since that is the last time anyone printed the number.
 * Returns null once `verified` records a call, and for the national short codes 911 and 988, which are
 * assigned dialing codes rather than numbers one publisher printed.
 * Throws when an unverified line has no dated source, so a number never appears without its age.
 * @example crisisBarYear({ id: 'spectrum-inpatient', verified: null, channels: { call: '+18003667732' }, sources: [{ id: 'spectrum-2017-release' }] }, sources) // 2017
 */
export function crisisBarYear(
  line: Pick<Hotline, 'id' | 'verified'> & {
    readonly channels: Pick<Hotline['channels'], 'call'>;
    readonly sources: readonly Pick<Hotline['sources'][number], 'id'>[];
  },
  sources: ReadonlyMap<string, Pick<Source, 'published'>>,
): number | null {
  if (line.verified !== null) return null;
  if (line.channels.call !== undefined && (SHORT_CODES as readonly string[]).includes(line.channels.call)) return null;
  const years = line.sources.flatMap((s) => {
    const published = sources.get(s.id)?.published;
    return published ? [Number(published.slice(0, 4))] : [];
  });
  if (years.length === 0) {
    throw new Error(
      `content/hotlines.yaml, line "${line.id}": field "sources" needs a source with a "published" date, so the crisis bar can say how old the number is`,
    );
  }
  return Math.max(...years);
}

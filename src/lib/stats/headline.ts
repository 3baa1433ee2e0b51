import type { Change, DerivedIndicator } from './derive';

/** What the one-line summary above a series may say about its latest change. */
export type HeadlineChange = Change | { readonly kind: 'provisional'; readonly previous: string };

/**
 * The change the summary sentence may state: the latest figure's change, unless either of the two
 * figures is listed as provisional (preliminary, partial or early) in the indicator's `provisional`
 * periods, in which case no comparison is made in the headline (the table still shows both figures).
 * A series of another definition is its own indicator, so it is never compared here at all.
 * @param derived the indicator with its derived series
 * @returns the latest change, `{ kind: 'provisional', previous }` (the earlier period as written), or
 *   null when the latest figure is not yearly
 * @example headlineChange(wpdFatal) // { kind: 'provisional', previous: '2021' }
 */
export function headlineChange(derived: DerivedIndicator): HeadlineChange | null {
  const change = derived.latestChange;
  if (!change || change.kind !== 'change') return change;
  const provisional = new Set(derived.indicator.provisional ?? []);
  const previous = change.previous.period.raw;
  if (provisional.has(previous) || provisional.has(derived.latest.period.raw)) {
    return { kind: 'provisional', previous };
  }
  return change;
}

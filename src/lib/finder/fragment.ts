import { DISTANCE_LIMITS, type DistanceLimit, type FinderCriteria } from './filter';
import { isMedicationSlug, isPaymentSlug, isServiceSlug } from './taxonomy';
import { normalizeZip } from './zip';

/**
 * The finder's state as it lives in the URL fragment (`#service=detox&near=01608`). Browsers
 * never send the fragment to a server, so a shared link reproduces the results while the
 * typed ZIP code stays private. Never put this state in the query string.
 */
export interface FragmentState extends FinderCriteria {
  /** A five-digit ZIP code to measure distance from. */
  readonly near?: string | undefined;
}

const isDistanceLimit = (value: string): boolean => (DISTANCE_LIMITS as readonly number[]).includes(Number(value));

/**
 * Reads a fragment (with or without the leading #). Unknown keys and values are ignored and
 * reported in `ignored`, so a mistyped link still opens the finder.
 * A ZIP code goes through `normalizeZip`, so `near=01608-1234` or `near=%2001608` still works.
 * @example parseFragment('#service=detox&near=01608').state // { service: 'detox', near: '01608' }
 * @example parseFragment('#service=rehab').ignored // ['service=rehab']
 */
export function parseFragment(hash: string): { state: FragmentState; ignored: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: { -readonly [K in keyof FragmentState]: FragmentState[K] } = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if (key === 'service' && isServiceSlug(value)) state.service = value;
    else if (key === 'medication' && isMedicationSlug(value)) state.medication = value;
    else if (key === 'payment' && isPaymentSlug(value)) state.payment = value;
    else if (key === 'walkin' && value === 'yes') state.walkIn = true;
    else if (key === 'only' && value === 'confirmed') state.confirmedOnly = true;
    else if (key === 'near' && normalizeZip(value) !== null) state.near = normalizeZip(value) ?? undefined;
    else if (key === 'within' && isDistanceLimit(value)) state.within = Number(value) as DistanceLimit;
    else ignored.push(`${key}=${value}`);
  }
  return { state, ignored };
}

/**
 * Writes the state as a fragment, keys in a fixed order; '' when nothing is chosen.
 * @example formatFragment({ near: '01608', service: 'detox' }) // '#service=detox&near=01608'
 * @example formatFragment({}) // ''
 */
export function formatFragment(state: FragmentState): string {
  const parts: string[] = [];
  if (state.service) parts.push(`service=${state.service}`);
  if (state.medication) parts.push(`medication=${state.medication}`);
  if (state.payment) parts.push(`payment=${state.payment}`);
  if (state.walkIn) parts.push('walkin=yes');
  const near = state.near ? normalizeZip(state.near) : null;
  if (near) parts.push(`near=${near}`);
  if (state.within) parts.push(`within=${state.within}`);
  if (state.confirmedOnly) parts.push('only=confirmed');
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

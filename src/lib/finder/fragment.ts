import type { FinderCriteria } from './filter';
import { isMedicationSlug, isPaymentSlug, isServiceSlug } from './taxonomy';

/**
 * The finder's state as it lives in the URL fragment (`#service=detox&near=01608`). Browsers
 * never send the fragment to a server, so a shared link reproduces the results while the
 * typed ZIP code stays private. Never put this state in the query string.
 */
export interface FragmentState extends FinderCriteria {
  /** A five-digit ZIP code to measure distance from. */
  readonly near?: string | undefined;
}

const ZIP = /^\d{5}$/;

/**
 * Reads a fragment (with or without the leading #). Unknown keys and values are ignored and
 * reported in `ignored`, so a mistyped link still opens the finder.
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
    else if (key === 'near' && ZIP.test(value)) state.near = value;
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
  if (state.near && ZIP.test(state.near)) parts.push(`near=${state.near}`);
  if (state.confirmedOnly) parts.push('only=confirmed');
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/**
 * True for a string that looks like a ZIP code (five digits). Whether Massachusetts has it is
 * answered by the centroid table.
 * @example isZipShape('01608') // true
 * @example isZipShape('1608') // false
 */
export function isZipShape(value: string): boolean {
  return ZIP.test(value);
}

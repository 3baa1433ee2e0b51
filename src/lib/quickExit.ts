/**
 * The "Exit this page" control, after GOV.UK's component of that name: a plain link that works
 * without JavaScript, and with JavaScript the Shift key pressed three times in a row.
 */

/**
 * Where the exit goes. GOV.UK's default is BBC Weather: a weather page is everyday, unremarkable browsing.
 * We follow that idea with the US National Weather Service: widely known, a public service without
 * advertising, and (unlike a search engine's home page) it shows no list of earlier searches.
 */
export const EXIT_URL = 'https://www.weather.gov/';

/** Shift presses in a row that leave the page. */
export const SHIFT_PRESSES = 3;

/** Longest gap between two Shift presses, in milliseconds (GOV.UK uses 5 seconds). */
export const PRESS_GAP_MS = 5000;

/** What the keyboard shortcut remembers between key releases. */
export interface ShiftState {
  /** Shift presses counted so far in this run. */
  readonly count: number;
  /** Time of the last counted press, in milliseconds; null before the first. */
  readonly lastAt: number | null;
  /**
   * Whether another key was released while Shift was held (Shift used as a modifier, as in Shift+A) since
   * every Shift key was last up. The Shift release that ends such a hold does not count.
   */
  readonly shiftUsedWithOtherKey: boolean;
}

/** What to do after a key release: leave, tell the reader how many presses remain, say the run ended, or nothing. */
export type ShiftOutcome = 'exit' | 'twoMore' | 'oneMore' | 'expired' | 'none';

/** The state before any key is pressed. */
export const INITIAL_SHIFT_STATE: ShiftState = { count: 0, lastAt: null, shiftUsedWithOtherKey: false };

/**
 * The next state of the shortcut after one key release (`keyup`).
 * A Shift released on its own counts, also while the other Shift key is still held (left and right Shift
 * overlapping: that release reports `shiftKey: true`). Shift used with another key does not count. Any other
 * key, or a gap longer than PRESS_GAP_MS, ends the run.
 * @example onKeyRelease(INITIAL_SHIFT_STATE, { key: 'Shift', shiftKey: false }, 0).outcome // 'twoMore'
 */
export function onKeyRelease(
  state: ShiftState,
  event: { readonly key: string; readonly shiftKey: boolean },
  now: number,
): { state: ShiftState; outcome: ShiftOutcome } {
  if (event.key === 'Shift') {
    // event.shiftKey is true on this release only while another Shift key is still down.
    const shiftUsedWithOtherKey = event.shiftKey && state.shiftUsedWithOtherKey;
    if (state.shiftUsedWithOtherKey) {
      return { state: { count: 0, lastAt: null, shiftUsedWithOtherKey }, outcome: 'none' };
    }
    const stale = state.lastAt !== null && now - state.lastAt > PRESS_GAP_MS;
    const count = (stale ? 0 : state.count) + 1;
    if (count >= SHIFT_PRESSES) {
      return { state: { count: 0, lastAt: null, shiftUsedWithOtherKey }, outcome: 'exit' };
    }
    return {
      state: { count, lastAt: now, shiftUsedWithOtherKey },
      outcome: SHIFT_PRESSES - count === 2 ? 'twoMore' : 'oneMore',
    };
  }
  const wasCounting = state.count > 0;
  return {
    state: { count: 0, lastAt: null, shiftUsedWithOtherKey: event.shiftKey },
    outcome: wasCounting ? 'expired' : 'none',
  };
}

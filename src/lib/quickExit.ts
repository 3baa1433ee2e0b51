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
  /** Whether Shift was held during the previous key release (Shift used as a modifier, as in Shift+A). */
  readonly lastKeyWasModified: boolean;
}

/** What to do after a key release: leave, tell the reader how many presses remain, say the run ended, or nothing. */
export type ShiftOutcome = 'exit' | 'twoMore' | 'oneMore' | 'expired' | 'none';

/** The state before any key is pressed. */
export const INITIAL_SHIFT_STATE: ShiftState = { count: 0, lastAt: null, lastKeyWasModified: false };

/**
 * The next state of the shortcut after one key release (`keyup`).
 * A Shift released on its own counts; Shift used with another key does not. Any other key,
 * or a gap longer than PRESS_GAP_MS, ends the run.
 * @example onKeyRelease(INITIAL_SHIFT_STATE, { key: 'Shift', shiftKey: false }, 0).outcome // 'twoMore'
 */
export function onKeyRelease(
  state: ShiftState,
  event: { readonly key: string; readonly shiftKey: boolean },
  now: number,
): { state: ShiftState; outcome: ShiftOutcome } {
  if (event.key === 'Shift' && !state.lastKeyWasModified) {
    const stale = state.lastAt !== null && now - state.lastAt > PRESS_GAP_MS;
    const count = (stale ? 0 : state.count) + 1;
    if (count >= SHIFT_PRESSES) {
      return { state: { count: 0, lastAt: null, lastKeyWasModified: event.shiftKey }, outcome: 'exit' };
    }
    return {
      state: { count, lastAt: now, lastKeyWasModified: event.shiftKey },
      outcome: SHIFT_PRESSES - count === 2 ? 'twoMore' : 'oneMore',
    };
  }
  const wasCounting = state.count > 0;
  return {
    state: { count: 0, lastAt: null, lastKeyWasModified: event.shiftKey },
    outcome: wasCounting && event.key !== 'Shift' ? 'expired' : 'none',
  };
}

import { describe, expect, it } from 'vitest';
import { EXIT_URL, INITIAL_SHIFT_STATE, onKeyRelease, PRESS_GAP_MS, type ShiftState } from '../../src/lib/quickExit';

const shift = { key: 'Shift', shiftKey: false };

/** Releases the given keys in order, one second apart unless times are given. */
function press(keys: readonly { key: string; shiftKey: boolean }[], times?: readonly number[]) {
  let state: ShiftState = INITIAL_SHIFT_STATE;
  const outcomes: string[] = [];
  keys.forEach((k, i) => {
    const next = onKeyRelease(state, k, times?.[i] ?? i * 1000);
    state = next.state;
    outcomes.push(next.outcome);
  });
  return outcomes;
}

describe('quick exit keyboard shortcut', () => {
  it('leaves the page on the third Shift press in a row', () => {
    expect(press([shift, shift, shift])).toEqual(['twoMore', 'oneMore', 'exit']);
  });

  it('does not count Shift used with another key, as in Shift+A', () => {
    // Shift+A releases A (with shiftKey true), then Shift (with shiftKey false).
    const outcomes = press([{ key: 'A', shiftKey: true }, shift, shift, shift]);
    expect(outcomes).toEqual(['none', 'none', 'twoMore', 'oneMore']);
  });

  it('counts overlapping left and right Shift presses, whose first release still reports Shift held', () => {
    // Left down, Right down, Left up (shiftKey true: Right is still down), Right up, then Left pressed again.
    const held = { key: 'Shift', shiftKey: true };
    expect(press([held, shift, shift])).toEqual(['twoMore', 'oneMore', 'exit']);
  });

  it('does not count a Shift hold used for a capital letter, even with both Shift keys down', () => {
    // Left down, Right down, A up (shiftKey true), Left up (true), Right up (false): no count at all.
    const held = { key: 'Shift', shiftKey: true };
    expect(press([{ key: 'A', shiftKey: true }, held, shift, shift])).toEqual(['none', 'none', 'none', 'twoMore']);
  });

  it('starts again when another key is pressed between Shift presses', () => {
    expect(press([shift, shift, { key: 'a', shiftKey: false }, shift])).toEqual([
      'twoMore',
      'oneMore',
      'expired',
      'twoMore',
    ]);
  });

  it('starts again when the gap between presses is longer than five seconds', () => {
    expect(press([shift, shift, shift], [0, 1000, 1000 + PRESS_GAP_MS + 1])).toEqual(['twoMore', 'oneMore', 'twoMore']);
  });

  it('still leaves when each gap is exactly five seconds', () => {
    expect(press([shift, shift, shift], [0, PRESS_GAP_MS, PRESS_GAP_MS * 2])).toEqual(['twoMore', 'oneMore', 'exit']);
  });

  it('goes to a neutral https page on another site', () => {
    expect(new URL(EXIT_URL).protocol).toBe('https:');
  });
});

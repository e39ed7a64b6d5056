import { describe, expect, it } from 'vitest';
import { stepAction } from './step-keys';

describe('keys in present mode', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown'])('%s goes forward', (key) => {
    expect(stepAction(key, false, 3, 8, false)).toEqual({ type: 'go', step: 4 });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%s goes back', (key) => {
    expect(stepAction(key, false, 3, 8, false)).toEqual({ type: 'go', step: 2 });
  });

  it('Space goes forward and Shift+Space back, except on a focused button', () => {
    expect(stepAction(' ', false, 3, 8, false)).toEqual({ type: 'go', step: 4 });
    expect(stepAction(' ', true, 3, 8, false)).toEqual({ type: 'go', step: 2 });
    expect(stepAction(' ', false, 3, 8, true)).toBeNull();
  });

  it('stays within the first and last step', () => {
    expect(stepAction('PageUp', false, 1, 8, false)).toEqual({ type: 'go', step: 1 });
    expect(stepAction('PageDown', false, 8, 8, false)).toEqual({ type: 'go', step: 8 });
    expect(stepAction('Home', false, 5, 8, false)).toEqual({ type: 'go', step: 1 });
    expect(stepAction('End', false, 2, 8, false)).toEqual({ type: 'go', step: 8 });
  });

  it('jumps with a digit within the tour, toggles notes with N, and leaves with Escape', () => {
    expect(stepAction('5', false, 1, 8, false)).toEqual({ type: 'go', step: 5 });
    expect(stepAction('9', false, 1, 8, false)).toBeNull();
    expect(stepAction('n', false, 1, 8, false)).toEqual({ type: 'notes' });
    expect(stepAction('Escape', false, 1, 8, true)).toEqual({ type: 'exit' });
    expect(stepAction('x', false, 1, 8, false)).toBeNull();
  });
});

/**
 * What a key does in present mode, as a pure function so it can be tested:
 * clickers send PageUp/PageDown; keyboards use arrows, Space, Home/End and
 * digits; N toggles the teacher's notes; Escape leaves.
 */
export type StepAction = { type: 'go'; step: number } | { type: 'notes' } | { type: 'exit' } | null;

export function stepAction(
  key: string,
  shift: boolean,
  step: number,
  count: number,
  onControl: boolean,
): StepAction {
  const go = (to: number) => ({ type: 'go', step: Math.min(Math.max(1, to), count) }) as const;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return go(step + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(step - 1);
    case ' ':
      // On a focused button Space presses the button instead.
      return onControl ? null : go(shift ? step - 1 : step + 1);
    case 'Home':
      return go(1);
    case 'End':
      return go(count);
    case 'Escape':
      return { type: 'exit' };
    case 'n':
    case 'N':
      return onControl ? null : { type: 'notes' };
    default:
      return /^[1-9]$/.test(key) && !onControl && Number(key) <= count ? go(Number(key)) : null;
  }
}

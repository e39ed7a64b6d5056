import { Suspense, use, useState, type ReactNode } from 'react';

/**
 * Hydration in pieces. The prerendered page is complete and works before any
 * script (its notes are native popovers), so nothing forces React to take all
 * of it over at once. React would hydrate a `<Suspense>` boundary's content
 * after the rest of the page, but all such boundaries in one pass and one
 * commit: on a slow phone, one long task that a reader's tap waits behind.
 * So a part wrapped in <Deferred> suspends (`use` of a promise) while the
 * page hydrates, React keeps its prerendered markup as it is, and the parts
 * are released one per task, in page order, each hydrated and committed on
 * its own. Rendered afresh (another layout, the dev server), a part renders
 * at once.
 */
let hydrating = false;
const waiting: (() => void)[] = [];
let pumping = false;

/** Releases the waiting parts one per task, in page order. */
function pump(): void {
  if (pumping) return;
  pumping = true;
  const next = () => {
    const release = waiting.shift();
    if (!release) {
      pumping = false;
      return;
    }
    release();
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** Runs the first render as a hydration: the <Deferred> parts in it wait their turn. */
export function hydrateInPieces(hydrate: () => void): void {
  hydrating = true;
  try {
    hydrate();
  } finally {
    hydrating = false;
    pump();
  }
}

interface Gate {
  open: boolean;
  promise: Promise<void> | null;
}

function Waiting({ gate, children }: { gate: Gate; children: ReactNode }) {
  if (!gate.open) {
    gate.promise ??= new Promise<void>((resolve) =>
      waiting.push(() => {
        gate.open = true;
        resolve();
      }),
    );
    use(gate.promise);
  }
  return <>{children}</>;
}

export function Deferred({ children }: { children: ReactNode }) {
  const [gate] = useState<Gate>(() => ({ open: !hydrating, promise: null }));
  return (
    <Suspense fallback={null}>
      <Waiting gate={gate}>{children}</Waiting>
    </Suspense>
  );
}

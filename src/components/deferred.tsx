import { Suspense, useState, type ReactNode } from 'react';

/**
 * Hydration in pieces. The prerendered page is complete and works before any
 * script (its notes are native popovers), so nothing forces the app to take
 * all of it over in one long task that would block a reader's tap on a slow
 * phone. A part wrapped in <Deferred> is hydrated later, each such part in a
 * task of its own: during hydration it suspends, and the renderer keeps its
 * prerendered markup as it is until then. A part rendered afresh (another
 * layout, the dev server) renders at once.
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
    throw gate.promise;
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

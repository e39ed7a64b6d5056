import { Suspense, type ReactNode } from 'react';

/**
 * A part of the prerendered page that React may hydrate later, on its own.
 *
 * The prerendered page is complete and works before any script (its notes are
 * native popovers), so nothing forces React to take all of it over in one
 * long task that would hold up a reader's tap on a slow phone. React hydrates
 * the content of a `<Suspense>` boundary separately from the rest, in
 * interruptible work that yields to input; it keeps the boundary's markup as
 * it is meanwhile, and hydrates a boundary at once when the reader interacts
 * with it or when new props reach it. Nothing here suspends: rendered afresh
 * (another layout, the dev server) the part renders at once.
 */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

import {
  createContext,
  memo,
  Suspense,
  use,
  useContext,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { Content } from '../content/schema';
import { askForFullContent, askedContent, loadedFullContent, whenAsked } from '../content/editions';
import { useLocale } from '../store/locale-store';

/**
 * Islands: the parts of the page that show the full content (each city's
 * notes, the sources, the handout, the list, present mode). The prerender
 * draws them with the full content (`FullContentProvider`). In the reader's
 * browser an island that was prerendered is left as the HTML has it: it
 * suspends while hydrating, and React keeps a suspended boundary's markup
 * as it is, working (the notes are native popovers, their links are links,
 * "Show all" is a <details>). So the page's script need not carry those
 * words a second time (src/content/editions.ts). It is taken over only once
 * the full content is asked for; an island drawn afresh (another layout,
 * the list, the dev server, another language) asks for it, and shows once
 * it has loaded.
 *
 * A prerendered island's root says so (`data-island`, e2e/hydration.spec.ts).
 * An island's props must not change once it is on the page (pass ids, not
 * objects): an update reaching a boundary React has not hydrated would make
 * it drop the prerendered markup and draw it again.
 */
const Prerendered = createContext<Content | null>(null);

/** The prerender's full content, for the islands it draws (entry-server.tsx). */
export const FullContentProvider = Prerendered.Provider;

const subscribe = () => () => {};

/** The full content, inside an island. */
export function useFullContent(): Content {
  const prerendered = useContext(Prerendered);
  const { lang } = useLocale();
  const content = prerendered ?? askedContent(lang);
  if (!content) throw new Error('useFullContent is for a part inside an island.');
  return content;
}

function Gate({ wait, children }: { wait: boolean; children: ReactNode }) {
  const prerendered = useContext(Prerendered);
  const { lang } = useLocale();
  if (prerendered) return children;
  if (wait) {
    if (!askedContent(lang)) use(whenAsked(lang));
  } else if (loadedFullContent(lang)) {
    // Loaded already (the language switch waits for it): shown at once.
    void askForFullContent(lang);
  } else {
    use(askForFullContent(lang));
  }
  return children;
}

/** `Part` as an island (see above); `fallback` shows while an island drawn afresh loads. */
export function island<P extends object>(Part: ComponentType<P>, fallback: ReactNode = null) {
  const Boundary = memo(function Boundary({ wait, props }: { wait: boolean; props: P }) {
    return (
      <Suspense fallback={fallback}>
        <Gate wait={wait}>
          <Part {...props} />
        </Gate>
      </Suspense>
    );
  });
  return memo(function Island(props: P) {
    const { lang } = useLocale();
    // The server snapshot while React hydrates prerendered markup; the client's in a fresh render.
    const hydrating = useSyncExternalStore(
      subscribe,
      () => false,
      () => true,
    );
    // Fixed at the first render: what the island is does not change when hydration ends.
    const [prerenderedIn, setPrerenderedIn] = useState(hydrating ? lang : null);
    // Once in another language, the prerendered markup is gone for good.
    if (prerenderedIn !== null && lang !== prerenderedIn) setPrerenderedIn(null);
    // Another language is another island, drawn afresh in its words.
    return <Boundary key={lang} wait={lang === prerenderedIn} props={props} />;
  });
}

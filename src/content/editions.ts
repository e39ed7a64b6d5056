/**
 * A language's full content: every city's notes, the tour and the updates.
 * The prerendered HTML already holds all of it, and the parts that show it
 * are islands (src/components/island.tsx) that React leaves as the HTML has
 * them; so a page's script carries only the core (the report, the annotation
 * and each city's name, place and summary), and the full content is a file
 * of its own per language (editions-loader.ts), fetched when a part must be
 * drawn afresh (present mode, the list, another language, a layout switch)
 * and kept for offline use by an article page (src/app/offline.ts). An embed
 * that a reader only reads and opens cities in never downloads it.
 */
import type { Lang } from './langs';
import type { Content } from './schema';
import { deepFreeze } from './freeze';
import { loadFullContent } from './editions-loader';

const fetched = new Map<Lang, Promise<Content>>();
const loaded = new Map<Lang, Content>();
/** The languages whose content a part of the page has asked for. */
const askedFor = new Set<Lang>();
/** Islands prerendered in a language wait on this until its content is asked for. */
const asked = new Map<Lang, { promise: Promise<Content>; resolve: (content: Content) => void }>();

/** Downloads (or finds in the cache) a language's full content, without showing it. */
export function fetchFullContent(lang: Lang): Promise<Content> {
  let promise = fetched.get(lang);
  if (!promise) {
    promise = loadFullContent(lang).then((content) => {
      loaded.set(lang, deepFreeze(content));
      return content;
    });
    // A failed download (offline before any visit) is tried again the next
    // time a part asks: the part that asked shows its error meanwhile.
    promise.catch(() => fetched.delete(lang));
    fetched.set(lang, promise);
  }
  return promise;
}

/** The promise that prerendered islands wait on: settled once the content is asked for. */
export function whenAsked(lang: Lang): Promise<Content> {
  let entry = asked.get(lang);
  if (!entry) {
    let resolve: (content: Content) => void = () => undefined;
    const promise = new Promise<Content>((settle) => (resolve = settle));
    entry = { promise, resolve };
    asked.set(lang, entry);
  }
  return entry.promise;
}

/** Loads a language's full content for a part that shows it, and lets its waiting islands take over. */
export function askForFullContent(lang: Lang): Promise<Content> {
  const promise = fetchFullContent(lang);
  if (!askedFor.has(lang)) {
    askedFor.add(lang);
    void whenAsked(lang);
    void promise.then(
      (content) => asked.get(lang)?.resolve(content),
      () => askedFor.delete(lang),
    );
  }
  return promise;
}

/** The full content, once loaded. */
export function loadedFullContent(lang: Lang): Content | undefined {
  return loaded.get(lang);
}

/** The full content, once asked for and loaded. */
export function askedContent(lang: Lang): Content | undefined {
  return askedFor.has(lang) ? loaded.get(lang) : undefined;
}

/**
 * The site's ways in: one prerendered HTML file per language and layout, each
 * painting its final page before any script runs. Paths are folders under the
 * site's base (`/`, `/es/`, `/embed/`, `/es/embed/`): the language comes first
 * so that each edition is one tree (as news sites publish editions), and
 * folders with an index.html work on every static host without rewrites.
 * Present mode is a view of the explore page (`?mode=present`), not an entry.
 */
import type { Lang } from './langs';

export type EntryMode = 'explore' | 'embed';

export interface Entry {
  lang: Lang;
  mode: EntryMode;
  /** Folder under the site's base, '' for the base itself; always ends in '/' otherwise. */
  path: string;
}

export const ENTRIES: readonly Entry[] = Object.freeze([
  { lang: 'en', mode: 'explore', path: '' },
  { lang: 'es', mode: 'explore', path: 'es/' },
  { lang: 'en', mode: 'embed', path: 'embed/' },
  { lang: 'es', mode: 'embed', path: 'es/embed/' },
]);

/** The entry that shows a language in a mode (present mode is a view of the explore entry). */
export function entryFor(lang: Lang, mode: string): Entry {
  const entryMode: EntryMode = mode === 'embed' ? 'embed' : 'explore';
  return ENTRIES.find((e) => e.lang === lang && e.mode === entryMode)!;
}

/**
 * The entry served at `pathname` (with or without `index.html`) on a site
 * whose base is `base` (ending in '/'), or null when the page is somewhere
 * else (the dev server's other paths, the offline copy on a disk).
 */
export function entryAt(pathname: string, base: string): Entry | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length).replace(/index\.html$/, '');
  return ENTRIES.find((e) => e.path === rest) ?? null;
}

/** Where the build writes an entry, relative to the output folder. */
export function entryFile(entry: Entry): string {
  return `${entry.path}index.html`;
}

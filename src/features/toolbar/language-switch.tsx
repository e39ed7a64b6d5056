import type { MouseEvent } from 'react';
import { LANGS, type Lang } from '../../content/langs';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, urlStateOf } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { hrefFor } from '../../store/page-entry';
import { loadEdition } from '../../content/locale';

/** Each language's name in that language, so a reader finds their own. */
const NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** A click the browser should handle itself (a new tab or window, a download). */
function isModified(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * English / Español: real links to each language's page (`/` and `/es/`, with
 * the open city, view and mode), so the switch works before any script and
 * opens in a new tab like any link. Once the app runs, a plain click switches
 * in place instead (an open popover stays open) and the address follows;
 * where that language's script cannot load, the link is followed after all.
 * Current is the language on screen: one still loading is not yet current.
 */
export function LanguageSwitch() {
  const { t, lang } = useLocale();
  const setLang = useAppStore((s) => s.setLang);
  const hrefs = useAppStore(
    useShallow((s) => LANGS.map((l) => hrefFor({ ...urlStateOf(s), lang: l }))),
  );
  return (
    <div
      className="segmented language-switch"
      role="group"
      aria-label={t.languageSwitch}
      data-keeps-popover
    >
      {LANGS.map((l, i) => (
        <a
          key={l}
          className="segmented__option"
          href={hrefs[i]}
          lang={l}
          hrefLang={l}
          aria-current={l === lang ? 'true' : undefined}
          onClick={(event) => {
            if (isModified(event)) return;
            event.preventDefault();
            // Switch once the language's words and full content have loaded;
            // if they cannot load here, follow the link to that language's
            // own page instead (offline, the worker answers with a kept page).
            const href = event.currentTarget.href;
            loadEdition(l).then(
              () => setLang(l),
              () => window.location.assign(href),
            );
          }}
        >
          {NAMES[l]}
        </a>
      ))}
    </div>
  );
}

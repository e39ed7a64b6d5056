import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { askForFullContent } from '../../content/editions';
import { useHydrated } from '../../components/use-hydrated';
import { THEMES, type Theme } from '../../store/url-state';
import { CopyLink } from './copy-link';
import { EmbedControl } from '../embed/embed-dialog';
import { DownloadImageButton } from '../export/download-image-button';
import { isOfflineCopy } from '../../content/offline-copy';

/** Where the tools stop being a menu and become a row (controls.css has the same width). */
const ROW_QUERY = '(min-width: 60rem)';

/** Starts the classroom presentation, at the open city's step if one is open. */
function PresentButton({ disabled }: { disabled: boolean }) {
  const { t, lang } = useLocale();
  const present = useAppStore((s) => s.present);
  // The tour is in the full content, which present mode needs anyway.
  const start = () => {
    const city = useAppStore.getState().selectedCityId;
    void askForFullContent(lang).then(
      ({ tour }) => {
        const at = tour.steps.findIndex((s) => s.kind === 'city' && s.city === city);
        present(at >= 0 ? at + 1 : 1, tour.steps.length);
      },
      // Where it cannot load (offline before any visit), present mode says
      // so itself, with a way back (app.tsx).
      () => present(1, 1),
    );
  };
  return (
    <button type="button" className="button" disabled={disabled} onClick={start}>
      {t.present.start}
    </button>
  );
}

function ThemeSelect({ disabled }: { disabled: boolean }) {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const { t } = useLocale();
  return (
    <label className="toolbar__select">
      <span>{t.toolbar.themeLabel}</span>
      <select value={theme} disabled={disabled} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.filter((th) => th !== 'contrast' || theme === 'contrast').map((th) => (
          <option key={th} value={th}>
            {t.toolbar.themes[th]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Colours, Copy link, Embed, Present, Print handout and Download image. On a
 * phone they sit behind one "Share and tools" button that opens them as the
 * platform's popover (works before any script; Escape, a tap outside or the
 * button closes it and focus returns to the button); on a wide screen the
 * same element is shown as a plain row and the button is hidden. Every tool
 * needs script, so each is disabled, at its final size, until the app runs.
 */
export function ToolsMenu() {
  const { t } = useLocale();
  const hydrated = useHydrated();
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // Widening the window past the row's width closes the menu (the row shows the same tools).
  useEffect(() => {
    const wide = window.matchMedia(ROW_QUERY);
    const close = () => {
      const panel = panelRef.current;
      if (wide.matches && panel?.matches(':popover-open')) panel.hidePopover();
    };
    wide.addEventListener('change', close);
    return () => wide.removeEventListener('change', close);
  }, []);

  const closeMenu = () => {
    const panel = panelRef.current;
    if (panel?.matches(':popover-open')) panel.hidePopover();
  };

  return (
    <div className="tools">
      <button
        ref={toggleRef}
        type="button"
        className="button tools__toggle"
        popoverTarget={panelId}
      >
        {t.toolbar.tools}
        <span aria-hidden="true" className="tools__chevron">
          ▾
        </span>
      </button>
      <div
        ref={panelRef}
        id={panelId}
        popover="auto"
        className="tools__panel"
        role="group"
        aria-label={t.toolbar.tools}
      >
        <ThemeSelect disabled={!hydrated} />
        <CopyLink disabled={!hydrated} />
        {/* Embed code would point at a file on this computer. */}
        {isOfflineCopy() ? null : (
          <EmbedControl
            disabled={!hydrated}
            // Opening the dialog closes the menu: focus then returns to its button.
            returnFocusTo={() => toggleRef.current}
          />
        )}
        <PresentButton disabled={!hydrated} />
        <button
          type="button"
          className="button"
          disabled={!hydrated}
          onClick={() => {
            closeMenu();
            window.print();
          }}
        >
          {t.handout.print}
        </button>
        <DownloadImageButton disabled={!hydrated} />
      </div>
    </div>
  );
}

import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { Segmented } from '../../components/segmented';
import { THEMES, VIEWS, type Theme } from '../../store/url-state';
import { CopyLink } from './copy-link';
import { EmbedControl } from '../embed/embed-dialog';
import { DownloadImageButton } from '../export/download-image-button';
import { isOfflineCopy } from '../../content/offline-copy';

/** Starts the classroom presentation, at the open city's step if one is open. */
function PresentButton() {
  const { t, content } = useLocale();
  const { tour } = content;
  const present = useAppStore((s) => s.present);
  const start = () => {
    const city = useAppStore.getState().selectedCityId;
    const at = tour.steps.findIndex((s) => s.kind === 'city' && s.city === city);
    present(at >= 0 ? at + 1 : 1, tour.steps.length);
  };
  return (
    <button type="button" className="button" onClick={start}>
      {t.present.start}
    </button>
  );
}

/**
 * Map/list switch, colours and "Copy link": the first controls in the page,
 * so keyboard and screen-reader users meet the list view before the map.
 */
export function Toolbar() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const { t } = useLocale();
  const viewNames = { map: t.toolbar.viewMap, list: t.toolbar.viewList };
  const viewOptions = VIEWS.map((v) => ({ value: v, label: viewNames[v] }));
  return (
    <div className="toolbar" role="group" aria-label={t.toolbar.label} data-keeps-popover>
      <Segmented
        label={t.toolbar.viewLabel}
        visibleLabel={t.toolbar.viewLabel}
        options={viewOptions}
        value={view}
        onChange={setView}
      />
      <label className="toolbar__select">
        <span>{t.toolbar.themeLabel}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.filter((th) => th !== 'contrast' || theme === 'contrast').map((th) => (
            <option key={th} value={th}>
              {t.toolbar.themes[th]}
            </option>
          ))}
        </select>
      </label>
      <CopyLink />
      {/* Embed code would point at a file on this computer. */}
      {isOfflineCopy() ? null : <EmbedControl />}
      <PresentButton />
      <button type="button" className="button" onClick={() => window.print()}>
        {t.handout.print}
      </button>
      <DownloadImageButton />
    </div>
  );
}

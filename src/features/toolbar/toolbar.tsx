import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { Segmented } from '../../components/segmented';
import { useHydrated } from '../../components/use-hydrated';
import { VIEWS } from '../../store/url-state';
import { ToolsMenu } from './tools-menu';
import { Deferred } from '../../components/deferred';

/** Map / List: the map or the accessible table of the five cities. */
function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const hydrated = useHydrated();
  const { t } = useLocale();
  const viewNames = {
    map: t.toolbar.viewMap,
    list: t.toolbar.viewList,
    timeline: t.toolbar.viewTimeline,
  };
  return (
    <Segmented
      label={t.toolbar.viewLabel}
      visibleLabel={t.toolbar.viewLabel}
      options={VIEWS.map((v) => ({ value: v, label: viewNames[v] }))}
      value={view}
      onChange={setView}
      disabled={!hydrated}
    />
  );
}

/**
 * The page's controls, right after the language switch and before the map,
 * in one row: the map/list switch and the tools (behind "Share and tools"
 * on a phone). Using any of them keeps an open city open.
 */
export function Toolbar() {
  const { t } = useLocale();
  return (
    <div className="toolbar" role="group" aria-label={t.toolbar.label} data-keeps-popover>
      <ViewSwitch />
      {/* Disabled until the app runs; taken over in a task of its own. */}
      <Deferred>
        <ToolsMenu />
      </Deferred>
    </div>
  );
}

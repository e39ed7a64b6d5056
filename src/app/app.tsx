import { useLocale } from '../store/locale-store';
import { useAppStore } from '../store/app-store';
import { useUrlState } from './use-url-state';
import { MapFigure } from './map-figure';
import { EmbedLayout } from './embed-layout';
import { PresentLayout } from './present-layout';
import { PrintHandout } from '../features/handout/print-handout';
import { ErrorBoundary } from '../components/error-boundary';
import { Deferred } from '../components/deferred';
import type { StaticMapSource } from '../map/static-map-paths';
import { CityPopovers } from '../features/city-popover/city-popovers';
import { CityList } from '../features/city-list/city-list';
import { TimelineView } from '../features/timeline/timeline-view';
import { useTimelineShown } from '../features/timeline/use-timeline-styles';
import { Toolbar } from '../features/toolbar/toolbar';
import { LanguageSwitch } from '../features/toolbar/language-switch';
import { UrlNotice } from '../features/toolbar/url-notice';
import { ReportPanel } from '../features/report-panel/report-panel';
import { SourcesSection } from '../features/sources/sources-section';
import { OfflineFooter } from '../features/offline-copy/offline-footer';

interface Props {
  /** Where the static map's geometry comes from (the shared file, or inline in the offline copy). */
  basemap: StaticMapSource;
}

export function App({ basemap }: Props) {
  useUrlState();
  const view = useAppStore((s) => s.view);
  const mode = useAppStore((s) => s.mode);
  const explore = useAppStore((s) => s.explore);
  const { t } = useLocale();
  // The map gives way to the timeline once the timeline can show (its styles
  // come when it is first chosen), so the page is never empty meanwhile.
  const timelineShown = useTimelineShown(view === 'timeline');
  if (mode === 'embed') return <EmbedLayout basemap={basemap} />;
  if (mode === 'present')
    return (
      <ErrorBoundary
        message={t.failed.present}
        action={
          <button type="button" className="button" onClick={() => explore(null)}>
            {t.present.exit}
          </button>
        }
      >
        <PresentLayout basemap={basemap} />
      </ErrorBoundary>
    );
  return (
    <div className="page">
      {/*
       * The map comes first on a phone: a short header, the language switch
       * and the controls, then the map. The dek, the report and the sources
       * follow it, in the HTML too, so the map and its cities arrive first.
       */}
      <div className="page-intro">
        <header className="page-header">
          <p className="kicker">{t.kicker}</p>
          <h1>{t.title}</h1>
        </header>
        <LanguageSwitch />
      </div>
      <Toolbar />
      <UrlNotice />
      <main className="page-main">
        <div className="page-main__primary">
          <MapFigure basemap={basemap} hidden={view === 'list' || timelineShown} />
          {/*
           * In the HTML, hidden until chosen: the list that no-script readers
           * get. Before the handout, whose words then compress against its
           * own (print puts it after the handout: print.css).
           */}
          <ErrorBoundary message={t.failed.timeline}>
            <Deferred>
              <TimelineView hidden={view !== 'timeline'} />
            </Deferred>
          </ErrorBoundary>
          <Deferred>
            <PrintHandout />
          </Deferred>
          {view === 'list' ? (
            <ErrorBoundary message={t.failed.list}>
              <CityList />
            </ErrorBoundary>
          ) : null}
        </div>
        <div className="page-main__aside">
          <p className="dek">{t.dek}</p>
          <ErrorBoundary message={t.failed.report}>
            <Deferred>
              <ReportPanel />
            </Deferred>
          </ErrorBoundary>
        </div>
      </main>
      {/* Long text, prerendered: taken over after the map and controls, each in a task of its own. */}
      <ErrorBoundary message={t.failed.sources}>
        <Deferred>
          <SourcesSection />
        </Deferred>
      </ErrorBoundary>
      <Deferred>
        <OfflineFooter />
      </Deferred>
      <ErrorBoundary message={t.failed.popover}>
        <CityPopovers />
      </ErrorBoundary>
    </div>
  );
}

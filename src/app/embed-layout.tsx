import { useEffect } from 'react';
import { useLocale } from '../store/locale-store';
import { useAppStore, urlStateOf } from '../store/app-store';
import { hrefFor } from '../store/page-entry';
import { ErrorBoundary } from '../components/error-boundary';
import { Deferred } from '../components/deferred';
import type { StaticMapSource } from '../map/static-map-paths';
import { CityPopovers } from '../features/city-popover/city-popovers';
import { ReportPanel } from '../features/report-panel/report-panel';
import { openThroughHost, startEmbedMessaging } from '../features/embed/embed-messenger';
import { TimelineView } from '../features/timeline/timeline-view';
import { useTimelineShown } from '../features/timeline/use-timeline-styles';
import { MapFigure } from './map-figure';

/**
 * `mode=embed`: the map for a frame in someone else's article. No site
 * chrome; the report folds away; the source line and a link to the full map
 * stay; the wheel scrolls the article; heights and selections go to the host.
 */
export function EmbedLayout({ basemap }: { basemap: StaticMapSource }) {
  // The explore entry in the same language, with the open city.
  const fullMapHref = useAppStore((s) =>
    hrefFor({
      ...urlStateOf(s),
      mode: 'explore',
      view: s.view === 'timeline' ? 'timeline' : 'map',
      step: null,
    }),
  );

  const { t } = useLocale();
  // The timeline (`?view=timeline`) instead of the map, drawn when asked for:
  // the embed's HTML is the map. The map stays, hidden, not torn down.
  const timeline = useAppStore((s) => s.view === 'timeline');
  // Hidden once the timeline can show (its styles come with it): a host
  // never sees the frame shrink to nothing meanwhile.
  const timelineShown = useTimelineShown(timeline);

  useEffect(() => {
    // Embeds are not pages of their own for search engines: the embed entries
    // say so in their HTML; an explore page turned embed by `?mode=embed` here.
    const robots = document.querySelector('meta[name="robots"]')
      ? null
      : Object.assign(document.createElement('meta'), { name: 'robots', content: 'noindex' });
    if (robots) document.head.append(robots);
    const stop = startEmbedMessaging();
    return () => {
      stop();
      robots?.remove();
    };
  }, []);

  return (
    <div className="page page--embed">
      <h1 className="embed-title">{t.title}</h1>
      <MapFigure basemap={basemap} cooperativeGestures hidden={timelineShown} />
      {timeline ? (
        <ErrorBoundary message={t.failed.timeline}>
          <TimelineView />
        </ErrorBoundary>
      ) : null}
      <ErrorBoundary message={t.failed.report}>
        <Deferred>
          <ReportPanel collapsible />
        </Deferred>
      </ErrorBoundary>
      <p className="embed-footer">
        <a
          href={fullMapHref}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            // In a WordPress frame WordPress opens it (the frame may open no window).
            if (openThroughHost(fullMapHref)) event.preventDefault();
          }}
        >
          {t.embed.openFull}
          <span className="visually-hidden">{` (${t.citation.newTab})`}</span>
        </a>
      </p>
      <ErrorBoundary message={t.failed.popover}>
        <CityPopovers />
      </ErrorBoundary>
    </div>
  );
}

import type { Locale } from '../../content/locale';
import { toWorld } from '../../map/projection';
import { loadStaticPaths, readStaticMap } from '../../map/read-static-paths';
import { resolveColorVars } from '../../map/map-colors';
import { IMAGE_COLOR_VARS, mapImageSvg } from './map-image';
import { LEVEL_ORDER, timelineImageSvg, type Level } from './timeline-image';
import { LABEL_SIDE } from '../city-markers/label-placement';

/** Renders the current map view to a PNG and hands it to the browser as a download. */
export async function downloadMapImage(stage: HTMLElement, locale: Locale): Promise<void> {
  const { t, content, format } = locale;
  const { annotation, cities } = content;
  const basemap = readStaticMap(document);
  if (!basemap) throw new Error('no static map');
  const paths = await loadStaticPaths(basemap);
  const box = stage.getBoundingClientRect();
  const placed = cities.map((city) => {
    const dot = stage.querySelector(`[data-city-marker="${city.id}"] .city-marker__dot`);
    const rect = dot?.getBoundingClientRect();
    const diameter = dot ? parseFloat(getComputedStyle(dot, '::before').width) : 8;
    return {
      city,
      world: toWorld(city.coordinates),
      x: rect ? rect.left + rect.width / 2 - box.left : 0,
      y: rect ? rect.top + rect.height / 2 - box.top : 0,
      radius: (Number.isFinite(diameter) ? diameter : 8) / 2,
    };
  });
  // The frame on screen, from two markers' pixel and world positions.
  const [a, b] = [placed[0]!, placed[3]!];
  const scale = (b.x - a.x) / (b.world.x - a.world.x);
  const frame = { scale, originX: a.x - a.world.x * scale, originY: a.y - a.world.y * scale };

  const pixelRatio = 2 * (window.devicePixelRatio || 1);
  const svg = mapImageSvg(
    {
      width: Math.round(box.width),
      height: Math.round(box.height),
      frame,
      paths,
      colors: resolveColorVars(stage, IMAGE_COLOR_VARS),
      cities: placed.map((p) => ({
        name: p.city.name,
        x: p.x,
        y: p.y,
        radius: p.radius,
        side: LABEL_SIDE[p.city.id],
      })),
      title: t.title,
      annotation: `${format.percentChange(annotation.value)}: ${annotation.measures}. ${annotation.scope}. ${annotation.qualifier}.`,
      source: `${t.sourceLine} ${t.mapDataCredit}.`,
    },
    pixelRatio,
  );

  await savePng(svg, 'ice-cities-map.png');
}

/** Rasterises an SVG document on a canvas and hands it to the browser as a PNG download. */
async function savePng(svg: string, fileName: string): Promise<void> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no image');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A custom property of an element as a number (the timeline's places), or null. */
function numberVar(style: CSSStyleDeclaration, name: string): number | null {
  const value = Number.parseFloat(style.getPropertyValue(name));
  return Number.isFinite(value) ? value : null;
}

/**
 * Renders the timeline on screen to a PNG: its axis (whole or 2025–2026, as
 * chosen), each city's marks from the places the page's stylesheet gives
 * them (timeline-css.ts), the key, the title and the source line.
 */
export async function downloadTimelineImage(section: HTMLElement, locale: Locale): Promise<void> {
  const { t } = locale;
  const recent = !!section.querySelector<HTMLInputElement>('input[value="recent"]')?.checked;
  const [from, span] = recent ? ['--rf', '--rw'] : ['--f', '--w'];
  const lanes = [...section.querySelectorAll('.timeline__city')].map((city) => ({
    name: city.querySelector('h3')?.textContent ?? '',
    marks: [...city.querySelectorAll<HTMLElement>('.timeline__item')].flatMap((item) => {
      const time = item.querySelector('time[datetime]');
      const level = item.dataset.level as Level | undefined;
      if (!time || !level || !LEVEL_ORDER.includes(level)) return [];
      const style = getComputedStyle(time);
      const at = numberVar(style, from);
      if (at === null || (recent && style.getPropertyValue('--rd').trim() === 'none')) return [];
      return [
        {
          from: at,
          width: numberVar(style, span) ?? 0,
          point: numberVar(style, '--pt') === 1,
          level,
        },
      ];
    }),
  }));
  const ticks = [
    ...section.querySelectorAll(`.timeline__ticks--${recent ? 'months' : 'years'} time`),
  ].flatMap((tick) => {
    const at = numberVar(getComputedStyle(tick), from);
    return at === null ? [] : [{ at, label: tick.textContent ?? '' }];
  });
  const svg = timelineImageSvg(
    {
      width: 1000,
      title: t.title,
      subtitle: `${t.timeline.heading}: ${recent ? t.timeline.scaleRecent : t.timeline.scaleAll}`,
      lanes,
      ticks,
      key: { ...t.timeline.levels, day: t.timeline.legendDay, span: t.timeline.legendSpan },
      source: t.sourceLine,
      colors: resolveColorVars(section, {
        page: '--page-bg',
        ink: '--ink',
        muted: '--ink-muted',
        rule: '--rule',
        surface: '--surface',
        state: '--tl-state',
        local: '--tl-local',
        event: '--tl-event',
      }),
    },
    2 * (window.devicePixelRatio || 1),
  );
  await savePng(svg, 'ice-cities-timeline.png');
}

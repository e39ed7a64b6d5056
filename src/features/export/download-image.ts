import type { Locale } from '../../content/locale';
import { toWorld } from '../../map/projection';
import { loadStaticPaths, readStaticMap } from '../../map/read-static-paths';
import { resolveColorVars } from '../../map/map-colors';
import { IMAGE_COLOR_VARS, mapImageSvg } from './map-image';
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
  link.download = 'ice-cities-map.png';
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

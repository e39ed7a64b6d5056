import { describe, expect, it } from 'vitest';
import { mapImageSvg, titleBand, wrapText, type ImageInput } from './map-image';
import { SVG_PATH_GRID } from '../../map/svg-paths';

const input: ImageInput = {
  width: 400,
  height: 250,
  frame: { scale: 5, originX: -400, originY: -900 },
  paths: {
    viewBox: '0 0 1 1',
    neighbours: 'M0 0',
    lakes: 'M4 4',
    land: 'M1 1',
    stateLines: 'M2 2',
    nationOutline: 'M3 3',
  },
  colors: {
    page: '#fff',
    ink: '#111',
    water: '#def',
    land: '#fff',
    neighbours: '#eee',
    stateLine: '#888',
    nationLine: '#555',
    marker: '#05a',
    markerFill: 'rgba(0,80,160,0.2)',
    halo: '#fff',
  },
  cities: [
    { name: 'Dallas <TX>', x: 100, y: 120, radius: 8, side: 'below' },
    { name: 'Ciudad de Nueva York', x: 380, y: 60, radius: 10, side: 'right' },
  ],
  title: 'Five cities & a report',
  annotation: '+15% as reported',
  source: 'Source: a report credited to Axios',
};

describe('the downloadable map image', () => {
  it('is twice the CSS size, with bands for the title, the annotation and the source line', () => {
    const svg = mapImageSvg(input, 2);
    const total = titleBand(1) + 250 + 10 + 2 * 18;
    expect(svg).toContain(`width='800' height='${total * 2}'`);
    expect(svg).toContain(`viewBox='0 0 400 ${total}'`);
  });

  it('wraps long lines at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('wraps a long title, and a long city name into two lines, on the side of its label', () => {
    const svg = mapImageSvg(
      {
        ...input,
        title:
          'Cinco ciudades señaladas como próximos objetivos de una expansión de las operaciones de ICE',
      },
      1,
    );
    const titleLines = svg.match(/font-size='20'/g)?.length ?? 0;
    expect(titleLines).toBeGreaterThanOrEqual(3);
    expect(svg).toContain(`viewBox='0 0 400 ${titleBand(titleLines) + 250 + 10 + 2 * 18}'`);
    expect(svg).toContain('>Ciudad de</text>');
    expect(svg).toContain('>Nueva York</text>');
    expect(svg).toMatch(/text-anchor='middle'[^>]*>Dallas &lt;TX&gt;/);
  });

  it('draws the map at the current frame, its paths scaled down from their grid', () => {
    expect(mapImageSvg(input, 2)).toContain(`translate(-400 -900) scale(${5 / SVG_PATH_GRID})`);
  });

  it('escapes every text it writes', () => {
    const svg = mapImageSvg(input, 1);
    expect(svg).toContain('Dallas &lt;TX&gt;');
    expect(svg).toContain('Five cities &amp; a report');
    expect(svg).not.toContain('<TX>');
  });
});

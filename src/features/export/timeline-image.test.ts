import { describe, expect, it } from 'vitest';
import { timelineImageSvg, type TimelineImageInput } from './timeline-image';

const input: TimelineImageInput = {
  width: 500,
  title: 'Five cities & a report',
  subtitle: 'Timeline: All years',
  lanes: [
    {
      name: 'Dallas <TX>',
      marks: [
        { from: 10, width: 0, point: true, level: 'state' },
        { from: 50, width: 25, point: false, level: 'event' },
      ],
    },
    { name: 'Atlanta', marks: [{ from: 100, width: 0, point: true, level: 'local' }] },
  ],
  ticks: [
    { at: 0, label: '1980' },
    { at: 50, label: '' },
  ],
  key: {
    state: 'State law',
    local: 'City policy',
    event: 'Event',
    day: 'a note dated to the day',
    span: 'a note dated to a month or a year (the whole month or year)',
  },
  source: 'Source: a report credited to Axios.',
  colors: {
    page: '#fff',
    ink: '#111',
    muted: '#555',
    rule: '#ccc',
    surface: '#eee',
    state: '#530',
    local: '#035',
    event: '#a30',
  },
};

describe('the downloadable timeline image', () => {
  const svg = timelineImageSvg(input, 2);

  it('is twice the CSS size', () => {
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www.w3.org\/2000\/svg' width='1000' height='\d+'/);
  });

  it('draws a day as a point and a month or a year as a bar, each in its level’s row and colour', () => {
    // The plot runs from 130 px to 500 - 16 px.
    expect(svg).toContain(`<circle cx='${130 + 354 * 0.1}' cy='`);
    expect(svg).toMatch(/<rect x='307' y='\d+' width='88.5' height='10' rx='2' fill='#a30'/);
    expect(svg).toContain(`<circle cx='484'`);
    expect(svg.indexOf("fill='#530'")).toBeGreaterThan(-1);
  });

  it('labels only the ticks that have a label, and escapes every text', () => {
    expect(svg.match(/>1980</g)).toHaveLength(1);
    expect(svg).toContain('Dallas &lt;TX&gt;');
    expect(svg).toContain('Five cities &amp; a report');
    expect(svg).not.toContain('<TX>');
  });

  it('wraps the key rather than run off a narrow picture', () => {
    const narrow = timelineImageSvg({ ...input, width: 360 }, 1);
    const ys = [...narrow.matchAll(/<text x='\d+(?:\.\d+)?' y='(\d+)' font-size='12'/g)].map(
      ([, y]) => y,
    );
    expect(new Set(ys).size).toBeGreaterThan(1);
  });
});

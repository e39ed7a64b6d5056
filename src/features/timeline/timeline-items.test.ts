import { describe, expect, it } from 'vitest';
import { englishContent } from '../../content/content';
import { noteKey, parseNoteKey } from '../../content/note-key';
import type { Note } from '../../content/schema';
import { timelineItems } from './timeline-items';
import { monthTicks, yearTicks } from './timeline-ticks';
import { timelineCss } from './timeline-css';

const note = (id: string, date: string | null): Note => ({
  id,
  text: `Note ${id}.`,
  date,
  sources: [{ title: 't', publisher: 'p', date: null, url: 'https://example.com/' }],
});

describe('a city’s notes on the timeline', () => {
  it('lists every kind together, oldest first, a year or a month before the days in it', () => {
    const { dated, undated } = timelineItems({
      events: [note('e', '2025-06-03')],
      localNotes: [note('l0', '2025-06'), note('l1', null), note('l2', '1979-11-27')],
      stateNotes: [note('s', '2025')],
    });
    expect(dated.map((item) => item.note.id)).toEqual(['l2', 's', 'l0', 'e']);
    expect(undated.map((item) => `${item.kind} ${item.index}`)).toEqual(['localNotes 1']);
  });

  it('keeps every dated note of the content, each city’s in time order', () => {
    for (const city of englishContent.cities) {
      const { dated, undated } = timelineItems(city);
      const count = city.events.length + city.localNotes.length + city.stateNotes.length;
      expect(dated.length + undated.length).toBe(count);
      const dates = dated.map((item) => item.note.date!);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('names a note by its kind and place, and reads that name back', () => {
    expect(noteKey({ kind: 'events', index: 3 })).toBe('e3');
    expect(parseNoteKey('s12')).toEqual({ kind: 'stateNotes', index: 12 });
    for (const bad of ['', 'x1', 'e', 'e-1', 'events-3', 'e1 ', 'e1234'])
      expect(parseNoteKey(bad)).toBeNull();
  });
});

describe('the axis’s ticks and places', () => {
  it('ticks every fifth year inside the notes’ years, and each month of 2025–2026', () => {
    expect(yearTicks(['1979-11-27', null, '2026-04'])).toEqual([
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
    ]);
    expect(monthTicks()).toHaveLength(24);
    expect(monthTicks()[0]).toBe('2025-01');
  });

  it('writes one rule per date: a point for a day, a bar for a month, off the recent axis before 2025', () => {
    const css = timelineCss(['1979-11-27', '2025-06', '2026-04-20'], 2);
    expect(css).toContain('.timeline__body{--lanes:2}');
    expect(css).toContain('.timeline__city:nth-of-type(2){--lane:1}');
    expect(css).toMatch(/\[datetime='1979-11-27'\]\{--f:[\d.]+;--w:0;--rd:none;--pt:1\}/);
    expect(css).toMatch(/\[datetime='2025-06'\]\{--f:[\d.]+;--w:[\d.]+;--rf:[\d.]+;--rw:[\d.]+\}/);
    // Each date once, however many notes and ticks share it.
    expect(css.match(/\[datetime='2025-06'\]/g)).toHaveLength(1);
    expect(css).toContain("[datetime='2025-01']");
  });
});

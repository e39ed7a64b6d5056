import { describe, expect, it } from 'vitest';
import {
  findFutureNotes,
  findTimeRelativeWording,
  isLaterThan,
  timeRelativeWords,
} from './wording-guard';

describe('timeRelativeWords', () => {
  it('finds time-relative words in English and Spanish, whole words, any case', () => {
    expect(timeRelativeWords('It places the expansion ahead of the Upcoming elections.')).toEqual([
      'upcoming',
    ]);
    expect(timeRelativeWords('Se extenderán en las próximas semanas.')).toEqual([
      'próximas',
      'en las próximas semanas',
    ]);
    expect(timeRelativeWords('Este año, y actualmente.')).toEqual(['este año', 'actualmente']);
    expect(timeRelativeWords('Operations will expand in the coming\nweeks.')).toEqual([
      'coming weeks',
      'in the coming',
    ]);
  });

  it('leaves words that only contain a listed word, and "next" alone', () => {
    expect(timeRelativeWords('A recent conviction; the soonest date; the next targets.')).toEqual(
      [],
    );
  });

  it('leaves text inside quotation marks, which quotes a source', () => {
    expect(timeRelativeWords('ahead of what it called “the upcoming midterm elections”')).toEqual(
      [],
    );
    expect(timeRelativeWords('plans to expand "in the coming weeks"')).toEqual([]);
    expect(timeRelativeWords('dijo «este año» y “en las próximas semanas”')).toEqual([]);
    expect(timeRelativeWords('quoted “soon” but also soon')).toEqual(['soon']);
  });
});

describe('findTimeRelativeWording', () => {
  const report = {
    headline: 'Trump Targets Additional Cities for Upcoming ICE Crackdowns, Axios Reports',
    claims: [
      { id: 'focus', label: 'Who', text: 'The report says this.' },
      { id: 'reasons', label: 'Why', text: 'It places it ahead of the upcoming elections.' },
    ],
    sources: [{ title: 'Upcoming ICE Crackdowns', publisher: 'diz.news', url: 'https://x.test/' }],
  };

  it('refuses "upcoming" in a claim, giving its path and the word', () => {
    expect(findTimeRelativeWording(report, true)).toEqual([
      {
        path: ['claims', 1, 'text'],
        message: expect.stringMatching(/^uses the time-relative word "upcoming", which stops/),
      },
    ]);
  });

  it('allows the report’s headline, a quotation, and every source title', () => {
    const quoted = { ...report, claims: [report.claims[0]] };
    expect(findTimeRelativeWording(quoted, true)).toEqual([]);
    const city = {
      summary: 'Neutral words.',
      coordinatesSource: { title: 'Recently updated page' },
      localNotes: [{ id: '2025', text: 'A note.', sources: [{ title: 'Coming weeks ahead' }] }],
    };
    expect(findTimeRelativeWording([city], false)).toEqual([]);
  });

  it('checks a headline that is not the report’s, and a translation keyed by id', () => {
    expect(findTimeRelativeWording({ headline: 'Soon' }, false)).toHaveLength(1);
    const es = { claims: { reasons: { text: 'Antes de las próximas elecciones.' } } };
    expect(findTimeRelativeWording(es, true)).toEqual([
      { path: ['claims', 'reasons', 'text'], message: expect.stringContaining('"próximas"') },
    ]);
  });
});

describe('isLaterThan', () => {
  it('compares a date at its own precision', () => {
    expect(isLaterThan('2026-12-02', '2026-12-01')).toBe(true);
    expect(isLaterThan('2026-12-01', '2026-12-01')).toBe(false);
    expect(isLaterThan('2026-12', '2026-12-01')).toBe(false);
    expect(isLaterThan('2027-01', '2026-12-01')).toBe(true);
    expect(isLaterThan('2026', '2026-12-01')).toBe(false);
    expect(isLaterThan('2027', '2026-12-01')).toBe(true);
  });
});

describe('findFutureNotes', () => {
  const city = (date: string | null, scheduled?: boolean) => ({
    lastChecked: '2026-12-01',
    events: [{ id: 'e', date: '2025-09-24' }],
    localNotes: [{ id: 'a', date: '2025-01-10' }],
    stateNotes: [{ id: 'b', date, ...(scheduled === undefined ? {} : { scheduled }) }],
  });

  it('refuses a note dated after its city was last checked', () => {
    expect(findFutureNotes([city('2026-12-01'), city('2027-01-01')])).toEqual([
      {
        path: [1, 'stateNotes', 0, 'date'],
        message: expect.stringMatching(/^is 2027-01-01, later than the city's lastChecked/),
      },
    ]);
  });

  it('refuses an event dated after its city was last checked', () => {
    const late = { ...city('2025-01-01'), events: [{ id: 'e', date: '2026-12-02' }] };
    expect(findFutureNotes([late])).toEqual([
      { path: [0, 'events', 0, 'date'], message: expect.stringMatching(/^is 2026-12-02/) },
    ]);
  });

  it('allows a future date marked as scheduled, and an undated note', () => {
    expect(findFutureNotes([city('2027-01-01', true), city(null)])).toEqual([]);
    expect(findFutureNotes([city('2027-01-01', false)])).toHaveLength(1);
  });
});

describe('the annotation’s own words in the UI strings', () => {
  it('use no time-relative word, in English or Spanish (the chart says "reported period", not "now")', async () => {
    const { en } = await import('./strings/en');
    const { es } = await import('./strings/es');
    for (const table of [en, es]) {
      const a = table.annotation;
      const texts = [
        a.source('Axios'),
        a.shortMeasure,
        a.officialFigures,
        a.chartBefore('100'),
        a.chartAfter('115'),
        a.chartLabel('100', '115'),
      ];
      for (const text of texts) expect(timeRelativeWords(text), text).toEqual([]);
    }
  });
});

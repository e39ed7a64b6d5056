import { describe, expect, it } from 'vitest';
import reportJson from '../../data/report.json';
import citiesJson from '../../data/cities.json';
import annotationJson from '../../data/annotation.json';
import tourJson from '../../data/tour.json';
import updatesJson from '../../data/updates.json';
import reportEs from '../../data/es/report.json';
import citiesEs from '../../data/es/cities.json';
import annotationEs from '../../data/es/annotation.json';
import tourEs from '../../data/es/tour.json';
import updatesEs from '../../data/es/updates.json';
import {
  CONTENT_FILES,
  TRANSLATION_FILES,
  formatContentErrors,
  validateContent,
  type ContentFiles,
} from './validate';

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, deep copy of the shipped content that a test may break. */
function content(): {
  report: Json;
  cities: Json[];
  annotation: Json;
  tour: Json;
  updates: Json;
  es: Json;
} {
  return structuredClone({
    report: reportJson as Json,
    cities: citiesJson as Json[],
    annotation: annotationJson as Json,
    tour: tourJson as Json,
    updates: updatesJson as Json,
    es: {
      report: reportEs,
      cities: citiesEs,
      annotation: annotationEs,
      tour: tourEs,
      updates: updatesEs,
    } as Json,
  });
}

function errorsFor(c: ReturnType<typeof content>) {
  const files: ContentFiles = {
    [CONTENT_FILES.report]: c.report,
    [CONTENT_FILES.cities]: c.cities,
    [CONTENT_FILES.annotation]: c.annotation,
    [CONTENT_FILES.tour]: c.tour,
    [CONTENT_FILES.updates]: c.updates,
    [TRANSLATION_FILES.es.report]: c.es.report,
    [TRANSLATION_FILES.es.cities]: c.es.cities,
    [TRANSLATION_FILES.es.annotation]: c.es.annotation,
    [TRANSLATION_FILES.es.tour]: c.es.tour,
    [TRANSLATION_FILES.es.updates]: c.es.updates,
  };
  return validateContent(files).map((e) => `${e.file} › ${e.field}: ${e.message}`);
}

describe('content validation', () => {
  it('accepts the shipped content', () => {
    expect(errorsFor(content())).toEqual([]);
  });

  it('rejects a note with no source, naming the file, city and field', () => {
    const c = content();
    c.cities[2]!.localNotes[0].sources = [];
    expect(errorsFor(c)).toEqual([
      'data/cities.json › [2] (dallas) › localNotes › [0] (2015) › sources: needs at least one source',
    ]);
  });

  it('rejects a source without a URL', () => {
    const c = content();
    delete c.cities[0]!.stateNotes[0].sources[0].url;
    expect(errorsFor(c)).toEqual([
      'data/cities.json › [0] (chicago) › stateNotes › [0] (2017-08-28) › sources › [0] › url: must be a URL',
    ]);
  });

  it('rejects coordinates off the globe', () => {
    const c = content();
    c.cities[1]!.coordinates.lat = 123;
    const errors = errorsFor(c);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/cities\.json › \[1\] \(los-angeles\) › coordinates › lat: /);
    expect(errors[0]).toMatch(/90/);
  });

  it('rejects coordinates given as text', () => {
    const c = content();
    c.cities[1]!.coordinates.lon = '-118.24';
    expect(errorsFor(c)[0]).toMatch(/\[1\] \(los-angeles\) › coordinates › lon: .*number/);
  });

  it('rejects a duplicate city id', () => {
    const c = content();
    c.cities[4]!.id = 'chicago';
    expect(errorsFor(c)).toEqual([
      'data/cities.json › [4] (chicago) › id: duplicate city id "chicago"',
    ]);
  });

  it('rejects an unknown city in the annotation', () => {
    const c = content();
    c.annotation.cities = ['chicago', 'houston'];
    const errors = errorsFor(c);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/annotation\.json › cities › \[1\]: /);
    expect(errors[0]).toMatch(/chicago.*atlanta/);
  });

  it('rejects empty and blank text', () => {
    const c = content();
    c.cities[3]!.summary = '';
    c.report.headline = '   ';
    expect(errorsFor(c)).toEqual([
      'data/report.json › headline: must not be empty',
      'data/cities.json › [3] (new-york-city) › summary: must not be empty',
    ]);
  });

  it('rejects an http:// source and an impossible date', () => {
    const c = content();
    c.report.sources[0].url = 'http://example.com/story';
    c.report.sources[0].date = '2025-02-30';
    expect(errorsFor(c)).toEqual([
      'data/report.json › sources › [0] › date: is not a real calendar date',
      'data/report.json › sources › [0] › url: must be an absolute https:// URL',
    ]);
  });

  it('rejects a field the schema does not know, so typos do not pass silently', () => {
    const c = content();
    c.cities[0]!.sumary = 'typo';
    expect(errorsFor(c)[0]).toMatch(/^data\/cities\.json › \[0\] \(chicago\): .*sumary/);
  });

  it('rejects a tour step for an unknown city, and a tour that leaves a city out', () => {
    const c = content();
    const step = c.tour.steps.findIndex((s: Json) => s.city === 'dallas');
    c.tour.steps[step].city = 'houston';
    const errors = errorsFor(c);
    expect(errors[0]).toMatch(/^data\/tour\.json › steps › \[3\] \(dallas\) › city: .*"atlanta"/);
    expect(errors.some((e) => e.includes('has no step for the city "dallas"'))).toBe(false);
    const c2 = content();
    c2.tour.steps = c2.tour.steps.filter((s: Json) => s.city !== 'atlanta');
    expect(errorsFor(c2)).toEqual(['data/tour.json › steps: has no step for the city "atlanta"']);
  });

  it('rejects a copy note without the name of the other site', () => {
    const c = content();
    const source = c.cities[0]!.localNotes.flatMap((n: Json) => n.sources).find(
      (s: Json) => s.copy,
    );
    delete source.copy.name;
    expect(errorsFor(c)).toEqual([
      expect.stringMatching(
        /^data\/cities\.json › \[0\] \(chicago\) › .* › copy › name: needs the name of the other site or outlet$/,
      ),
    ]);
  });

  it('names a key missing from a translation, and one it has that English lacks', () => {
    const c = content();
    delete c.es.cities['new-york-city'].stateNotes['2020-12-15'];
    c.es.tour.closing.questions.push('¿Otra?');
    delete c.es.annotation.scope;
    expect(errorsFor(c)).toEqual([
      'data/es/cities.json › new-york-city › stateNotes › 2020-12-15: is missing (data/cities.json has it)',
      'data/es/annotation.json › scope: must be text',
      'data/es/tour.json › closing › questions › [4]: is not in data/tour.json; remove it or add it there',
    ]);
  });

  it('rejects an empty translation and a city the content does not have', () => {
    const c = content();
    c.es.report.summary = '  ';
    c.es.cities.boston = c.es.cities.dallas;
    const errors = errorsFor(c);
    expect(errors[0]).toBe('data/es/report.json › summary: must not be empty');
    expect(errors[1]).toMatch(/^data\/es\/cities\.json › .*"boston"/);
  });

  it('formats every problem on its own line under one heading', () => {
    const text = formatContentErrors([
      { file: 'data/cities.json', field: '[0] (chicago) › name', message: 'must not be empty' },
    ]);
    expect(text).toBe(
      'The content is not valid (1 problem):\n  data/cities.json › [0] (chicago) › name: must not be empty',
    );
  });
});

describe('the updates log', () => {
  it('must end at the last-updated date, and list the newest first', () => {
    const c = content();
    const newest = c.updates.updates[0];
    c.report.lastUpdated = '2026-12-02';
    expect(errorsFor(c)).toEqual([
      `data/updates.json › updates › [0] (${newest.id}) › date: is ${newest.date}, but the newest update must be the last-updated date in data/report.json (2026-12-02): add an update for it, or move the date`,
    ]);
    const d = content();
    const last = d.updates.updates.at(-1);
    d.updates.updates.push({ id: 'later', date: '2026-12-01', kind: 'correction', text: 'x' });
    d.es.updates.later = 'x';
    const index = d.updates.updates.length - 1;
    expect(errorsFor(d)).toEqual([
      `data/updates.json › updates › [${index}] (later) › date: is later than the entry before it (${last.date}): list the newest first`,
    ]);
  });
});

describe('wording that ages', () => {
  it('refuses a note dated after its city was last checked, unless it is scheduled', () => {
    const c = content();
    const note = c.cities[2]!.stateNotes.find((n: Json) => n.id === '2025-06-20');
    note.date = '2027-01';
    expect(errorsFor(c)).toEqual([
      `data/cities.json › [2] (dallas) › stateNotes › [1] (2025-06-20) › date: is 2027-01, later than the city's lastChecked (${c.cities[2]!.lastChecked}): a note cannot report what had not happened when the notes were checked; if it describes something scheduled, mark it "scheduled": true`,
    ]);
    note.scheduled = true;
    expect(errorsFor(c)).toEqual([]);
  });

  it('refuses "upcoming" in a claim, naming the file, the path and the word', () => {
    const c = content();
    c.report.claims[2].text = 'It places the expansion ahead of the upcoming midterm elections.';
    c.es.tour.closing.notes = 'Comente lo que podría ocurrir este año.';
    expect(errorsFor(c)).toEqual([
      'data/report.json › claims › [2] (reasons) › text: uses the time-relative word "upcoming", which stops being true as time passes: say when (a date), or quote the source in quotation marks',
      'data/es/tour.json › closing › notes: uses the time-relative word "este año", which stops being true as time passes: say when (a date), or quote the source in quotation marks',
    ]);
  });

  it('allows the report’s headline, source titles and quotations of the report', () => {
    const c = content();
    expect(c.report.headline).toMatch(/Upcoming/);
    expect(c.es.report.headline).toMatch(/próximas/);
    c.cities[0]!.localNotes[0].sources[0].title = 'Upcoming changes';
    c.report.claims[2].text = 'It says the push came ahead of “the upcoming midterm elections”.';
    expect(errorsFor(c)).toEqual([]);
  });

  it('refuses the words that the 2025–2026 events tempt, except "now" in the dated updates log', () => {
    const c = content();
    c.cities[0]!.events[0].text = 'Guard troops are still in the city.';
    c.es.cities.dallas.summary = 'La ley de Texas todavía prohíbe las políticas santuario.';
    c.annotation.measures = 'Rise in ICE arrests to date';
    c.updates.updates[0].text = 'The map now shows the events.';
    c.es.updates[c.updates.updates[0].id] = 'El mapa muestra ahora los hechos.';
    expect(errorsFor(c)).toEqual([
      expect.stringMatching(
        /^data\/cities\.json › \[0\] \(chicago\) › events › \[0\] .* › text: uses the time-relative word "still"/,
      ),
      expect.stringMatching(
        /^data\/annotation\.json › measures: uses the time-relative word "to date"/,
      ),
      expect.stringMatching(
        /^data\/es\/cities\.json › dallas › summary: uses the time-relative word "todavía"/,
      ),
    ]);
  });
});

describe('events', () => {
  it('every city has at least three, each dated and sourced, newest first', () => {
    for (const city of content().cities) {
      expect(city.events.length, city.id).toBeGreaterThanOrEqual(3);
      const dates = city.events.map((event: Json) => event.date as string);
      expect(dates, city.id).toEqual([...dates].sort().reverse());
    }
  });

  it('refuses an event without a source, naming the city and the event', () => {
    const c = content();
    c.cities[2]!.events[0].sources = [];
    expect(errorsFor(c)).toEqual([
      `data/cities.json › [2] (dallas) › events › [0] (${c.cities[2]!.events[0].id}) › sources: needs at least one source`,
    ]);
  });

  it('refuses an event without a date', () => {
    const c = content();
    c.cities[0]!.events[1].date = null;
    expect(errorsFor(c)).toEqual([
      expect.stringMatching(/^data\/cities\.json › \[0\] \(chicago\) › events › \[1\] .* › date: /),
    ]);
  });

  it('refuses an event without its Spanish words', () => {
    const c = content();
    const id = c.cities[4]!.events[0].id as string;
    delete c.es.cities.atlanta.events[id];
    expect(errorsFor(c)).toEqual([
      expect.stringMatching(new RegExp(`^data/es/cities\\.json › atlanta › events › ${id}: `)),
    ]);
  });

  it('refuses a city with fewer than three', () => {
    const c = content();
    const [first] = c.cities[1]!.events.splice(1);
    void first;
    c.es.cities['los-angeles'].events = Object.fromEntries(
      c.cities[1]!.events.map((event: Json) => [event.id, 'Texto.']),
    );
    expect(errorsFor(c)).toEqual([
      'data/cities.json › [1] (los-angeles) › events: needs at least three events',
    ]);
  });
});

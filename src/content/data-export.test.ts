import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { englishLocale } from './locale';
import { spanishLocale } from './locales/es';
import { englishContent } from './content';
import spanishContent from 'virtual:full-content/es';
import {
  CITY_COLUMNS,
  citiesCsv,
  dataJson,
  maxSources,
  noteColumns,
  notesCsv,
  toCsv,
} from './data-export';
import { annotationSchema, citiesSchema, reportSchema, updatesSchema } from './schema';

const read = (csv: string) =>
  parse(csv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('the data files', () => {
  it('are RFC 4180 CSV in UTF-8 with a byte-order mark and CRLF line ends, quoting what needs it', () => {
    const csv = toCsv(['a', 'b'], [['Los Ángeles', 'said "no", then\nyes']]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toContain('Los Ángeles,"said ""no"", then\nyes"\r\n');
    expect(read(csv)).toEqual([{ a: 'Los Ángeles', b: 'said "no", then\nyes' }]);
  });

  const editions = [
    { ...englishLocale, content: englishContent },
    { ...spanishLocale, content: spanishContent },
  ];
  for (const locale of editions) {
    const { content, t, lang } = locale;

    it(`in ${lang}: cities.csv has the five cities, round-tripping to the content`, () => {
      const rows = read(citiesCsv(content));
      expect(Object.keys(rows[0]!)).toEqual([...CITY_COLUMNS]);
      expect(rows.map((r) => r.id)).toEqual(content.cities.map((c) => c.id));
      rows.forEach((row, i) => {
        const city = content.cities[i]!;
        expect(row.name).toBe(city.name);
        expect(Number(row.latitude)).toBe(city.coordinates.lat);
        expect(Number(row.longitude)).toBe(city.coordinates.lon);
        expect(Number(row.population_2020)).toBe(city.population.value);
        expect(row.population_source_url).toMatch(/^https:\/\//);
        expect(row.last_checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
    });

    it(`in ${lang}: notes.csv has every note, events included, with every source in numbered columns`, () => {
      const rows = read(notesCsv(content, t));
      const notes = content.cities.flatMap((city) => [
        ...city.events.map((note) => ({ city, level: 'event', note })),
        ...city.localNotes.map((note) => ({ city, level: 'local', note })),
        ...city.stateNotes.map((note) => ({ city, level: 'state', note })),
      ]);
      expect(Object.keys(rows[0]!)).toEqual(noteColumns(maxSources(content)));
      expect(rows).toHaveLength(notes.length);
      rows.forEach((row, i) => {
        const { city, level, note } = notes[i]!;
        expect([row.city_id, row.level, row.note_id, row.text]).toEqual([
          city.id,
          level,
          note.id,
          note.text,
        ]);
        expect(row.date).toBe(note.date ?? '');
        expect(Number(row.source_count)).toBe(note.sources.length);
        note.sources.forEach((source, s) => {
          expect(row[`source_${s + 1}_url`]).toBe(source.url);
          expect(row[`source_${s + 1}_url`]).toMatch(/^https:\/\//);
          expect(row[`source_${s + 1}_title`]).toBe(source.title);
        });
      });
    });

    it(`in ${lang}: data.json holds everything, and each part passes the content's own schema`, () => {
      const data = JSON.parse(
        dataJson(content, lang, {
          title: 't',
          description: 'd',
          url: 'https://x/',
          publisher: 'p',
        }),
      ) as Record<string, unknown> & { about: Record<string, unknown> };
      expect(reportSchema.safeParse(data.report).success).toBe(true);
      expect(citiesSchema.safeParse(data.cities).success).toBe(true);
      expect(annotationSchema.safeParse(data.annotation).success).toBe(true);
      expect(updatesSchema.safeParse({ updates: data.updates }).success).toBe(true);
      expect(data.about).toMatchObject({
        language: lang,
        lastUpdated: content.report.lastUpdated,
        licence: { name: 'CC BY 4.0' },
      });
    });
  }
});

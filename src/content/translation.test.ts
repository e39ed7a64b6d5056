import { describe, expect, it } from 'vitest';
import reportEs from '../../data/es/report.json';
import citiesEs from '../../data/es/cities.json';
import annotationEs from '../../data/es/annotation.json';
import tourEs from '../../data/es/tour.json';
import updatesEs from '../../data/es/updates.json';
import { englishContent } from './content';
import { compareKeys } from './key-paths';
import { contentTexts, translateContent } from './translation';
import type { ContentTexts } from './schema';
import { en } from './strings/en';
import { es } from './strings/es';
import spanishContent from 'virtual:full-content/es';

const spanishTexts = {
  report: reportEs,
  cities: citiesEs,
  annotation: annotationEs,
  tour: tourEs,
  updates: updatesEs,
} as unknown as ContentTexts;

describe('Spanish and English have the same keys', () => {
  it('in the UI strings', () => {
    expect(compareKeys(en, es)).toEqual({ missing: [], extra: [] });
  });

  it('in the content', () => {
    expect(compareKeys(contentTexts(englishContent), spanishTexts)).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('and a difference is named by its key path', () => {
    const broken = structuredClone(spanishTexts);
    delete broken.cities.dallas!.localNotes['2026-04-23'];
    (broken.report.claims as Record<string, unknown>)['made-up'] = { label: 'x', text: 'y' };
    const { missing, extra } = compareKeys(contentTexts(englishContent), broken);
    expect(missing).toEqual(['cities.dallas.localNotes.2026-04-23']);
    expect(extra).toEqual(['report.claims.made-up.label', 'report.claims.made-up.text']);
  });
});

describe('translated content', () => {
  it('is the English content when translated with its own words', () => {
    expect(translateContent(englishContent, contentTexts(englishContent))).toEqual(englishContent);
  });

  it('keeps every fact of the English files and changes only the words', () => {
    const spanish = spanishContent;
    spanish.cities.forEach((city, i) => {
      const english = englishContent.cities[i]!;
      expect(city.id).toBe(english.id);
      expect(city.coordinates).toEqual(english.coordinates);
      expect(city.population.value).toBe(english.population.value);
      expect(city.localNotes.map((n) => [n.date, n.sources])).toEqual(
        english.localNotes.map((n) => [n.date, n.sources]),
      );
      expect(city.stateNotes.map((n) => n.sources)).toEqual(
        english.stateNotes.map((n) => n.sources),
      );
      expect(city.summary).not.toBe(english.summary);
    });
    expect(spanish.annotation.value).toBe(15);
    expect(spanish.report.sources).toEqual(englishContent.report.sources);
    expect(spanish.tour.steps.map((s) => s.id)).toEqual(englishContent.tour.steps.map((s) => s.id));
  });
});

/**
 * Content in another language: the English files carry the facts (places,
 * dates, sources, numbers) and the words; a translation (data/<lang>/*.json)
 * carries only the words, keyed by the English ids. `contentTexts` takes the
 * words out of the content, in the translation files' shape, and is what a
 * translation must match key for key (validate.ts); `translateContent` puts a
 * translation's words in.
 */
import type { Content, ContentTexts, City, CityTexts, StepTexts, TourStep } from './schema.ts';

function cityTexts(city: City): CityTexts {
  return {
    name: city.name,
    state: city.state,
    summary: city.summary,
    reportSays: city.reportSays,
    ...(city.population.note === undefined ? {} : { populationNote: city.population.note }),
    events: Object.fromEntries(city.events.map((note) => [note.id, note.text])),
    localNotes: Object.fromEntries(city.localNotes.map((note) => [note.id, note.text])),
    stateNotes: Object.fromEntries(city.stateNotes.map((note) => [note.id, note.text])),
  };
}

function stepTexts(step: TourStep): StepTexts {
  const notes = step.notes === undefined ? {} : { notes: step.notes };
  if (step.kind === 'city') return notes;
  if ('questions' in step)
    return { title: step.title, body: step.body, questions: step.questions, ...notes };
  return { title: step.title, body: step.body, ...notes };
}

export function contentTexts(content: Content): ContentTexts {
  const { report, annotation } = content;
  return {
    report: {
      headline: report.headline,
      dateNote: report.dateNote,
      summary: report.summary,
      claims: Object.fromEntries(
        report.claims.map((claim) => [claim.id, { label: claim.label, text: claim.text }]),
      ),
      unverified: report.unverified,
    },
    cities: Object.fromEntries(content.cities.map((city) => [city.id, cityTexts(city)])),
    annotation: {
      measures: annotation.measures,
      qualifier: annotation.qualifier,
      scope: annotation.scope,
      context: {
        caveat: annotation.context.caveat,
        figures: Object.fromEntries(annotation.context.figures.map((f) => [f.id, f.text])),
        note: annotation.context.note,
      },
    },
    tour: Object.fromEntries(content.tour.steps.map((step) => [step.id, stepTexts(step)])),
    updates: Object.fromEntries(content.updates.updates.map((u) => [u.id, u.text])),
  };
}

/** Looks a key up in a checked translation; a gap is a bug in validation, so it throws. */
function must<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`The translation has no ${key}.`);
  return value;
}

function translateCity(city: City, texts: CityTexts): City {
  const note = (words: Record<string, string>, kind: string) => (id: string) =>
    must(words[id], `${city.id}.${kind}.${id}`);
  const event = note(texts.events, 'events');
  const local = note(texts.localNotes, 'localNotes');
  const state = note(texts.stateNotes, 'stateNotes');
  return {
    ...city,
    name: texts.name,
    state: texts.state,
    summary: texts.summary,
    reportSays: texts.reportSays,
    population: {
      ...city.population,
      ...(texts.populationNote === undefined ? {} : { note: texts.populationNote }),
    },
    events: city.events.map((n) => ({ ...n, text: event(n.id) })),
    localNotes: city.localNotes.map((n) => ({ ...n, text: local(n.id) })),
    stateNotes: city.stateNotes.map((n) => ({ ...n, text: state(n.id) })),
  };
}

function translateStep(step: TourStep, texts: StepTexts): TourStep {
  const notes = texts.notes === undefined ? {} : { notes: texts.notes };
  if (step.kind === 'city') return { ...step, ...notes };
  const title = must(texts.title, `${step.id}.title`);
  const body = must(texts.body, `${step.id}.body`);
  if ('questions' in step) {
    const questions = must(texts.questions, `${step.id}.questions`);
    return { ...step, title, body, questions, ...notes };
  }
  return { ...step, title, body, ...notes };
}

export function translateContent(content: Content, texts: ContentTexts): Content {
  const { report, annotation, tour, updates } = content;
  return {
    report: {
      ...report,
      headline: texts.report.headline,
      dateNote: texts.report.dateNote,
      summary: texts.report.summary,
      claims: report.claims.map((claim) => ({
        ...claim,
        ...must(texts.report.claims[claim.id], `claims.${claim.id}`),
      })),
      unverified: report.unverified.map((_, i) =>
        must(texts.report.unverified[i], `unverified[${i}]`),
      ),
    },
    cities: content.cities.map((city) =>
      translateCity(city, must(texts.cities[city.id], `cities.${city.id}`)),
    ),
    annotation: {
      ...annotation,
      measures: texts.annotation.measures,
      qualifier: texts.annotation.qualifier,
      scope: texts.annotation.scope,
      context: {
        caveat: texts.annotation.context.caveat,
        figures: annotation.context.figures.map((figure) => ({
          ...figure,
          text: must(texts.annotation.context.figures[figure.id], `figures.${figure.id}`),
        })),
        note: texts.annotation.context.note,
      },
    },
    tour: {
      ...tour,
      steps: tour.steps.map((step) =>
        translateStep(step, must(texts.tour[step.id], `tour.${step.id}`)),
      ),
    },
    updates: {
      updates: updates.updates.map((u) => ({
        ...u,
        text: must(texts.updates[u.id], `updates.${u.id}`),
      })),
    },
  };
}

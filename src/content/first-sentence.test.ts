import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence';
import { englishContent } from './content';
import spanishContent from 'virtual:full-content/es';

describe('firstSentence', () => {
  it('ends at the first full stop before a capital', () => {
    expect(firstSentence('The law was signed. It took effect in 2018.')).toBe(
      'The law was signed.',
    );
  });

  it('does not end at initials or titles', () => {
    expect(
      firstSentence(
        'On December 23, 2025, the U.S. Supreme Court refused. The ruling was preliminary.',
      ),
    ).toBe('On December 23, 2025, the U.S. Supreme Court refused.');
    expect(firstSentence('Gov. JB Pritzker signed it. Later more.')).toBe(
      'Gov. JB Pritzker signed it.',
    );
    expect(firstSentence('Illinois Governor J. B. Pritzker signed it. Later.')).toBe(
      'Illinois Governor J. B. Pritzker signed it.',
    );
  });

  it('ends after an acronym', () => {
    expect(firstSentence('The mayor criticised ICE. The agency replied.')).toBe(
      'The mayor criticised ICE.',
    );
  });

  it('ends before a Spanish question or a quote, and keeps a one-sentence text whole', () => {
    expect(firstSentence('Se firmó en 2017. ¿Sigue vigente?')).toBe('Se firmó en 2017.');
    expect(firstSentence('Dijo que sí. “No”, respondió.')).toBe('Dijo que sí.');
    expect(firstSentence('One sentence only, with 2.5 and 7.º inside')).toBe(
      'One sentence only, with 2.5 and 7.º inside',
    );
  });

  it('gives every event a first sentence that is a real prefix ending in a stop', () => {
    for (const content of [englishContent, spanishContent]) {
      for (const event of content.cities.flatMap((city) => city.events)) {
        const first = firstSentence(event.text);
        expect(event.text.startsWith(first)).toBe(true);
        expect(first.length, first).toBeGreaterThan(40);
        expect(first, first).toMatch(/[.!?]$/);
      }
    }
  });
});

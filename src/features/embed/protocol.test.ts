import { describe, expect, it } from 'vitest';
import { HOST_SOURCE, ampHeight, parseHostMessage, pymMessage, safeChildId } from './protocol';

describe('messages to the host', () => {
  it('speaks pym.js', () => {
    expect(pymMessage('graphic-1', 'height', '640')).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx640');
  });

  it('speaks AMP', () => {
    expect(ampHeight(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('accepts only pym-like child ids', () => {
    expect(safeChildId('graphic_1-a')).toBe('graphic_1-a');
    expect(safeChildId('<script>')).toBeNull();
    expect(safeChildId('x'.repeat(65))).toBeNull();
    expect(safeChildId(null)).toBeNull();
  });
});

describe('messages from the host', () => {
  it('accepts a select with a known city and a clear', () => {
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'select', city: 'dallas' }, null)).toEqual(
      {
        type: 'select',
        city: 'dallas',
      },
    );
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'clear' }, null)).toEqual({
      type: 'clear',
    });
  });

  it('answers pym’s width message for its own child id only', () => {
    expect(parseHostMessage('pymxPYMxg1xPYMxwidthxPYMx600', 'g1')).toEqual({ type: 'width' });
    expect(parseHostMessage('pymxPYMxg2xPYMxwidthxPYMx600', 'g1')).toBeNull();
    expect(parseHostMessage('pymxPYMxg1xPYMxwidthxPYMx600', null)).toBeNull();
  });

  it.each([
    ['an unknown city', { source: HOST_SOURCE, type: 'select', city: 'houston' }],
    ['a missing city', { source: HOST_SOURCE, type: 'select' }],
    ['an extra field', { source: HOST_SOURCE, type: 'clear', html: '<b>x</b>' }],
    ['another source', { source: 'someone-else', type: 'clear' }],
    ['an unknown type', { source: HOST_SOURCE, type: 'eval', code: 'alert(1)' }],
    ['a city that is not text', { source: HOST_SOURCE, type: 'select', city: ['dallas'] }],
    ['an array', [HOST_SOURCE, 'clear']],
    ['null', null],
    ['a number', 42],
    [
      'a prototype trick',
      JSON.parse('{"__proto__":{"source":"ice-cities-map-host"},"type":"clear"}'),
    ],
    ['a long string', 'x'.repeat(10_000)],
  ])('ignores %s', (_, data) => {
    expect(parseHostMessage(data, 'g1')).toBeNull();
  });
});

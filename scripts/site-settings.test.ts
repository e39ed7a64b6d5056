import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteSettings } from './site-settings';

describe('site settings', () => {
  it('default to the local preview address, and say so', () => {
    const settings = siteSettings({});
    expect(settings.siteUrl).toBe(DEFAULT_SITE_URL);
    expect(settings.base).toBe('/');
    expect(settings.usingDefaultUrl).toBe(true);
  });

  it('take the public address and its path as the base, adding the final slash', () => {
    const settings = siteSettings({
      SITE_URL: 'https://news.example/graphics/ice-map',
      SITE_PUBLISHER: 'The Desk',
    });
    expect(settings.siteUrl).toBe('https://news.example/graphics/ice-map/');
    expect(settings.base).toBe('/graphics/ice-map/');
    expect(settings.publisher).toEqual({
      name: 'The Desk',
      url: 'https://news.example/graphics/ice-map/',
    });
  });

  it.each([
    'news.example',
    'ftp://news.example/',
    'https://news.example/?a=1',
    'javascript:alert(1)',
  ])('refuse %s with a message naming the setting', (value) => {
    expect(() => siteSettings({ SITE_URL: value })).toThrow(/SITE_URL/);
  });
});

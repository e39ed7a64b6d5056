import { describe, expect, it } from 'vitest';
import { ENTRIES } from './entries';
import { headTags, type HeadInput } from './head-tags';

const input = (index: number): HeadInput => ({
  entry: ENTRIES[index]!,
  siteUrl: 'https://news.example/maps/ice/',
  title: 'Five "cities" <named>',
  description: 'A map & its sources',
  image: { path: 'share-card-en.png', width: 1200, height: 630, alt: 'The map' },
  dateModified: '2026-11-29',
  basedOn: { name: 'The report', url: 'https://report.example/a' },
  publisher: { name: 'The Desk', url: 'https://news.example/' },
  data: {
    files: [
      { path: 'es/data/cities.csv', type: 'text/csv' },
      { path: 'es/data/data.json', type: 'application/json' },
    ],
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
});

/** The tags as a detached document, to read them as a browser or a crawler would. */
function parse(html: string) {
  const tags = [...html.matchAll(/<(meta|link) ([^>]*?)\s*\/>/g)].map(([, , attrs]) =>
    Object.fromEntries(
      [...attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [
        k,
        v!
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      ]),
    ),
  );
  const json = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, text]) => JSON.parse(text!) as Record<string, unknown>,
  );
  return { tags, jsonLd: json[0]!, dataset: json[1]! };
}

const prop = (tags: Record<string, string>[], name: string) =>
  tags.filter((t) => t.property === name || t.name === name).map((t) => t.content);

describe('head tags', () => {
  it('give the English page a card with absolute URLs and its language alternates', () => {
    const { tags } = parse(headTags(input(0)));
    expect(prop(tags, 'og:title')).toEqual(['Five "cities" <named>']);
    expect(prop(tags, 'og:url')).toEqual(['https://news.example/maps/ice/']);
    expect(prop(tags, 'og:image')).toEqual(['https://news.example/maps/ice/share-card-en.png']);
    expect(prop(tags, 'og:locale')).toEqual(['en_US']);
    expect(prop(tags, 'og:locale:alternate')).toEqual(['es_US']);
    expect(prop(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(prop(tags, 'robots')).toEqual([]);
    const links = tags.filter((t) => t.rel);
    expect(links.map((l) => [l.rel, l.hreflang, l.href])).toEqual([
      ['canonical', undefined, 'https://news.example/maps/ice/'],
      ['alternate', 'en', 'https://news.example/maps/ice/'],
      ['alternate', 'es', 'https://news.example/maps/ice/es/'],
      ['alternate', 'x-default', 'https://news.example/maps/ice/'],
    ]);
  });

  it('point a Spanish embed’s card at the Spanish page and keep the embed out of search', () => {
    const { tags, jsonLd } = parse(headTags(input(3)));
    expect(prop(tags, 'robots')).toEqual(['noindex']);
    // No canonical or alternates: they would contradict noindex.
    expect(tags.filter((t) => t.rel)).toEqual([]);
    expect(prop(tags, 'og:url')).toEqual(['https://news.example/maps/ice/es/']);
    expect(prop(tags, 'og:locale')).toEqual(['es_US']);
    expect(jsonLd.inLanguage).toBe('es');
  });

  it('carry a NewsArticle with the date, the report it is based on and the publisher', () => {
    const { jsonLd } = parse(headTags(input(1)));
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'es',
      dateModified: '2026-11-29',
      isBasedOn: { url: 'https://report.example/a' },
      publisher: { '@type': 'Organization', name: 'The Desk' },
    });
  });

  it('never let text close the JSON-LD script', () => {
    const html = headTags({ ...input(0), title: '</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(parse(html).jsonLd.headline).toBe('</script><script>alert(1)</script>');
  });

  it('carry a Dataset with each data file as an absolute download, its licence and language', () => {
    const { dataset } = parse(headTags(input(1)));
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      inLanguage: 'es',
      dateModified: '2026-11-29',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://news.example/maps/ice/es/data/cities.csv',
        },
        {
          '@type': 'DataDownload',
          encodingFormat: 'application/json',
          contentUrl: 'https://news.example/maps/ice/es/data/data.json',
        },
      ],
    });
  });
});

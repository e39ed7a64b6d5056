import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, pymSnippet } from './snippet';

const script = { file: 'embed-0123456789.js', integrity: 'sha384-abc+/=' };

const options = {
  city: 'dallas' as const,
  lang: 'en' as const,
  theme: 'dark' as const,
  height: 700,
};

describe('embed code', () => {
  it('points the frame at the embed entry with the chosen city and theme', () => {
    expect(embedUrl('https://maps.example', '/', options)).toBe(
      'https://maps.example/embed/?city=dallas&theme=dark',
    );
  });

  it('points a Spanish embed at the Spanish embed entry, under any base', () => {
    expect(embedUrl('https://m', '/maps/ice/', { ...options, lang: 'es', city: null })).toBe(
      'https://m/maps/ice/es/embed/?theme=dark',
    );
  });

  it('gives an iframe with its height, title and sandbox, and the pinned host script beside the page', () => {
    const code = iframeSnippet(
      'https://maps.example',
      '/ice/',
      'Map "five cities"',
      options,
      script,
    );
    expect(code).toContain('src="https://maps.example/ice/embed/?city=dallas&amp;theme=dark"');
    expect(code).toContain('title="Map &quot;five cities&quot;"');
    expect(code).toContain('height="700"');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(code).toContain(
      '<script async src="https://maps.example/ice/embed-0123456789.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
    );
    expect(code).not.toContain('width=');
  });

  it('gives oEmbed consumers a width and a borderless frame, in attributes WordPress keeps', () => {
    const code = iframeSnippet('https://m', '/', 't', options, script, 800);
    expect(code).toMatch(/<iframe [^>]*width="800" frameborder="0" height="700"/);
    expect(code).toContain('class="ice-cities-map"');
  });

  it('keeps the initial height within 300–1600 px', () => {
    expect(iframeSnippet('https://m', '/', 't', { ...options, height: 10 }, script)).toContain(
      'height="300"',
    );
    expect(iframeSnippet('https://m', '/', 't', { ...options, height: 1e9 }, script)).toContain(
      'height="1600"',
    );
    expect(iframeSnippet('https://m', '/', 't', { ...options, height: NaN }, script)).toContain(
      'height="640"',
    );
  });

  it('gives a pym.js variant whose strings are safely quoted', () => {
    const code = pymSnippet('https://m', '/', 'A "map"</script>', options);
    expect(code).toContain(
      'new pym.Parent(\'ice-cities-map\', "https://m/embed/?city=dallas&theme=dark"',
    );
    expect(code).not.toContain('</script>"');
  });
});

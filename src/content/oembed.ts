/**
 * oEmbed (issue 23), written once per language as a static file next to the
 * article page (`oembed.json`, `es/oembed.json`) and named by the page's
 * discovery link (head-tags.ts): WordPress, Ghost and link-preview services
 * that find it embed the map from a pasted link. The `rich` type of oEmbed
 * 1.0, with absolute URLs from the site's address, and as `html` the same
 * code the Embed dialog gives (embed/snippet.ts), with a width, which
 * WordPress keeps after sanitizing it down to the iframe.
 */
import { iframeSnippet, type HostScript } from '../features/embed/snippet';
import { entryFor } from './entries';
import type { Lang } from './langs';

/** The frame oEmbed consumers start from, before its height messages size it. */
export const OEMBED_SIZE = { width: 800, height: 640 } as const;

/** A day: the file changes with the build, not often. */
const CACHE_AGE = 86400;

/** The oEmbed file of a language's article page, relative to the site. */
export function oembedFile(lang: Lang): string {
  return `${entryFor(lang, 'explore').path}oembed.json`;
}

export interface OembedInput {
  lang: Lang;
  /** The site's public address, absolute, ending in '/'. */
  siteUrl: string;
  title: string;
  frameTitle: string;
  provider: string;
  thumbnail: { path: string; width: number; height: number };
  hostScript: HostScript;
}

export function oembed(input: OembedInput) {
  const site = new URL(input.siteUrl);
  const options = {
    city: null,
    lang: input.lang,
    theme: 'auto' as const,
    height: OEMBED_SIZE.height,
  };
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.provider,
    provider_url: site.href,
    html: iframeSnippet(
      site.origin,
      site.pathname,
      input.frameTitle,
      options,
      input.hostScript,
      OEMBED_SIZE.width,
    ),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    thumbnail_url: new URL(input.thumbnail.path, site).href,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
    cache_age: CACHE_AGE,
  };
}

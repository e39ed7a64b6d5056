/**
 * What each entry's <head> tells search engines and social sites: canonical
 * and language alternates, the Open Graph and Twitter card, and a JSON-LD
 * NewsArticle. Written into every prerendered entry by the build. Social
 * sites need absolute URLs, so everything is resolved against the site's
 * public address (the SITE_URL build setting, README "Deploying").
 */
import { ENTRIES, entryFor, type Entry } from './entries';
import type { Lang } from './langs';

/** Open Graph locales: the piece is written for readers in the United States. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_US' };

export interface HeadInput {
  entry: Entry;
  /** The site's public address, absolute, ending in '/'. */
  siteUrl: string;
  title: string;
  description: string;
  /** The share card's file (relative to the site) and its text alternative. */
  image: { path: string; width: number; height: number; alt: string };
  /** The data's last-updated date (YYYY-MM-DD). */
  dateModified: string;
  /** What the piece is based on: the report's source. */
  basedOn: { name: string; url: string };
  publisher: { name: string; url?: string };
  /** The entry's oEmbed file (relative to the site), for an article entry: CMSs discover the embed by it. */
  oembed?: string;
  /** The data files of the entry's language (relative to the site) and their licence. */
  data: { files: { path: string; type: string }[]; licence: { name: string; url: string } };
}

function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** JSON inside <script>: `<` escaped so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** An entry's absolute address. */
export function entryUrl(siteUrl: string, entry: Entry): string {
  return new URL(entry.path, siteUrl).href;
}

/** The article page in the entry's language: every entry's canonical address and card URL. */
const canonicalOf = (input: HeadInput) =>
  entryUrl(input.siteUrl, entryFor(input.entry.lang, 'explore'));

/** The NewsArticle for search engines, in the entry's language. */
export function newsArticle(input: HeadInput) {
  const canonical = canonicalOf(input);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.description,
    inLanguage: input.entry.lang,
    dateModified: input.dateModified,
    url: canonical,
    mainEntityOfPage: canonical,
    image: [new URL(input.image.path, input.siteUrl).href],
    isBasedOn: { '@type': 'CreativeWork', name: input.basedOn.name, url: input.basedOn.url },
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      ...(input.publisher.url ? { url: input.publisher.url } : {}),
    },
  };
}

/** The Dataset behind the piece: its downloadable files, in the entry's language. */
export function dataset(input: HeadInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.title,
    description: input.description,
    inLanguage: input.entry.lang,
    dateModified: input.dateModified,
    url: canonicalOf(input),
    license: input.data.licence.url,
    isBasedOn: input.basedOn.url,
    creator: { '@type': 'Organization', name: input.publisher.name },
    distribution: input.data.files.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.type,
      contentUrl: new URL(file.path, input.siteUrl).href,
    })),
  };
}

/**
 * The tags, one per line. An embed entry is not a page of its own: it says
 * noindex and names no canonical or alternates (which would contradict it);
 * its card, shared, points at the article page in its language.
 */
export function headTags(input: HeadInput): string {
  const { entry, siteUrl, image } = input;
  const canonical = canonicalOf(input);
  const imageUrl = new URL(image.path, siteUrl).href;
  const other = ENTRIES.filter((e) => e.mode === 'explore' && e.lang !== entry.lang);
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${attr(content)}" />`;
  return [
    ...(entry.mode === 'embed'
      ? [meta('name', 'robots', 'noindex')]
      : [
          `<link rel="canonical" href="${attr(canonical)}" />`,
          ...ENTRIES.filter((e) => e.mode === 'explore').map(
            (e) =>
              `<link rel="alternate" hreflang="${e.lang}" href="${attr(entryUrl(siteUrl, e))}" />`,
          ),
          `<link rel="alternate" hreflang="x-default" href="${attr(entryUrl(siteUrl, ENTRIES[0]!))}" />`,
          ...(input.oembed
            ? [
                `<link rel="alternate" type="application/json+oembed" href="${attr(new URL(input.oembed, siteUrl).href)}" title="${attr(input.title)}" />`,
              ]
            : []),
        ]),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', input.publisher.name),
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    meta('property', 'og:url', canonical),
    meta('property', 'og:locale', OG_LOCALE[entry.lang]),
    ...other.map((e) => meta('property', 'og:locale:alternate', OG_LOCALE[e.lang])),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(image.width)),
    meta('property', 'og:image:height', String(image.height)),
    meta('property', 'og:image:alt', image.alt),
    meta('property', 'article:modified_time', input.dateModified),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', input.title),
    meta('name', 'twitter:description', input.description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', image.alt),
    `<script type="application/ld+json">${scriptJson(newsArticle(input))}</script>`,
    `<script type="application/ld+json">${scriptJson(dataset(input))}</script>`,
  ].join('\n    ');
}
